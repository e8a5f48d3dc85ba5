import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

export interface GeneratedP12 {
  p12: Buffer;
  passphrase: string;
  subject: string;
}

/**
 * A self-signed signing certificate, for demos only: the RSA key comes from Node's native crypto
 * (forge's pure-JS key generation takes seconds), node-forge builds the X.509 certificate and the
 * PKCS#12 container that @signpdf/signer-p12 reads. No network, no openssl binary.
 */
export function selfSignedP12(commonName: string, organisation: string, now: Date, years = 10): GeneratedP12 {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = new Date(now.getTime() - 86_400_000);
  cert.validity.notAfter = new Date(now.getTime() + years * 365 * 86_400_000);
  // Vietnamese names must be UTF8String (forge encodes the text itself): as the default PrintableString they would break the container.
  const utf8 = (shortName: string, value: string) => ({ shortName, value, valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class });
  const attrs = [
    utf8('CN', commonName),
    utf8('O', organisation),
    utf8('OU', 'DEMO - chứng thư tự ký, không có giá trị pháp lý'),
    { shortName: 'C', value: 'VN' },
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
    { name: 'extKeyUsage', emailProtection: true },
  ]);
  cert.sign(key, forge.md.sha256.create());
  const passphrase = randomBytes(18).toString('base64url');
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], passphrase, { algorithm: '3des' });
  const p12 = Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
  return { p12, passphrase, subject: `CN=${commonName}, O=${organisation}` };
}
