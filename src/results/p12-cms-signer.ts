import { Signer, SignPdfError } from '@signpdf/utils';
import { constants, createPrivateKey, KeyObject, privateEncrypt } from 'node:crypto';
import forge from 'node-forge';

/**
 * The CMS (PKCS#7 detached) signer of @signpdf, reading the PKCS#12 once. @signpdf/signer-p12 is
 * not used: with node-forge it writes the signer's issuer name re-encoded (UTF-8 twice) whenever the
 * certificate has Vietnamese names (UTF8String), so readers find no signer certificate ("Unknown
 * Validation Failure"); decoding the parsed names once fixes it. It also re-decrypts the container
 * on every signature (tens of milliseconds).
 */
export class P12CmsSigner extends Signer {
  private readonly key: forge.pki.rsa.PrivateKey;
  private readonly nativeKey: KeyObject;
  private readonly certificate: forge.pki.Certificate;
  private readonly chain: forge.pki.Certificate[];

  constructor(p12: Buffer, passphrase: string) {
    super();
    const container = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary'))), false, passphrase);
    const keyBag = container.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag]?.[0]
      ?? container.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag]?.[0];
    const key = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
    if (!key) throw new SignPdfError('The PKCS#12 file has no private key.', SignPdfError.TYPE_INPUT);
    this.key = key;
    this.nativeKey = createPrivateKey(forge.pki.privateKeyToPem(key));
    this.chain = (container.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [])
      .map((bag) => bag.cert)
      .filter((cert): cert is forge.pki.Certificate => cert !== undefined);
    this.chain.forEach(decodeUtf8Names);
    const own = this.chain.find((cert) => {
      const pub = cert.publicKey as forge.pki.rsa.PublicKey;
      return pub.n.compareTo(key.n) === 0 && pub.e.compareTo(key.e) === 0;
    });
    if (!own) throw new SignPdfError('No certificate of the PKCS#12 file matches its private key.', SignPdfError.TYPE_INPUT);
    this.certificate = own;
  }

  /** The subject's common name, for the signature's "signed by". */
  get commonName(): string {
    return String(this.certificate.subject.getField('CN')?.value ?? '');
  }

  get subject(): string {
    return this.certificate.subject.attributes.map((a) => `${a.shortName ?? a.type}=${a.value}`).join(', ');
  }

  get validTo(): Date {
    return this.certificate.validity.notAfter;
  }

  /** forge's key with RSA done by Node's OpenSSL: pure-JS RSA-2048 costs ~30 ms of the 100 ms budget. */
  private nativeRsa(): forge.pki.rsa.PrivateKey {
    const nativeKey = this.nativeKey;
    const sign = (md: forge.md.MessageDigest): string => {
      const digestInfo = Buffer.concat([SHA256_DIGEST_INFO, Buffer.from(md.digest().getBytes(), 'binary')]);
      return privateEncrypt({ key: nativeKey, padding: constants.RSA_PKCS1_PADDING }, digestInfo).toString('binary');
    };
    return Object.assign(Object.create(this.key) as forge.pki.rsa.PrivateKey, { sign });
  }

  async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdfBuffer.toString('binary'));
    this.chain.forEach((cert) => p7.addCertificate(cert));
    p7.addSigner({
      key: this.nativeRsa(),
      certificate: this.certificate,
      digestAlgorithm: forge.pki.oids.sha256,
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType, value: forge.pki.oids.data },
        { type: forge.pki.oids.signingTime, value: (signingTime ?? new Date()) as unknown as string },
        { type: forge.pki.oids.messageDigest },
      ],
    });
    p7.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
  }
}

/** DER prefix of a PKCS#1 v1.5 DigestInfo for SHA-256 (RFC 8017 §9.2, note 1). */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

/** forge keeps parsed UTF8String names as raw bytes but encodes them again when writing. */
function decodeUtf8Names(cert: forge.pki.Certificate): void {
  for (const name of [cert.subject, cert.issuer]) {
    for (const attr of name.attributes) {
      if ((attr.valueTagClass as unknown) === forge.asn1.Type.UTF8 && typeof attr.value === 'string') attr.value = forge.util.decodeUtf8(attr.value);
    }
  }
}
