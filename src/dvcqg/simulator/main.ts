import { PortalSimulator } from './portal-simulator';

/** `npm run dvcqg:sim`: the portal simulator on 127.0.0.1:DVCQG_SIM_PORT (default 8790), token DVCQG_TOKEN if set. */
async function main(): Promise<void> {
  const port = Number(process.env.DVCQG_SIM_PORT || 8790);
  const simulator = new PortalSimulator({ token: process.env.DVCQG_TOKEN || undefined });
  await simulator.listen(port);
  const e = simulator.endpoints;
  process.stdout.write(
    `Mô phỏng Cổng DVCQG tại ${simulator.url}\n` +
      `  DVCQG_URL_ADD=${e.addUrl}\n  DVCQG_URL_UPDATE=${e.updateUrl}\n  DVCQG_URL_PROGRESS=${e.progressUrl}\n` +
      `  Xem: GET ${simulator.url}/_sim/stats, /_sim/records, /_sim/records/<MaHoSo>; sự cố: POST /_sim/mode {"mode":"down"|"up"}\n`,
  );
  const stop = () => void simulator.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
