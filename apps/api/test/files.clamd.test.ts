// FU-05: every upload is scanned by ClamAV before it is stored. EICAR is refused with a coded error,
// nothing is stored and the attempt is audited; a scanner that cannot be reached refuses the upload
// (fail closed). Runs a real clamd with a local EICAR signature.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ClamdScanner } from '../src/files/scanner.js';
import { createTestApp, loggedIn, type Client, type TestApp } from './harness.js';
import { describeWithClamd, EICAR, startClamd, type Clamd } from './clamd.js';
import { PDF, attach, count, createDossier, demoIds, expectOk, peopleOf, tmpDataDir } from './dossiers.helpers.js';

describeWithClamd('malware scanning of uploads (clamd)', () => {
  let clamd: Clamd;
  let t: TestApp;
  let donvi: Client;
  let dossierId: string;

  beforeAll(async () => {
    clamd = await startClamd();
    t = await createTestApp({ env: { DATA_DIR: tmpDataDir(), CLAMD_HOST: '127.0.0.1', CLAMD_PORT: String(clamd.port), CLAMD_TIMEOUT_MS: '5000' } });
    donvi = await loggedIn(t.app, 'donvi');
    const ids = await demoIds(t.handle.db);
    const [p] = await peopleOf(t.handle.db, ids.communeHienNam, 1);
    const d = await expectOk(await createDossier(donvi, { ownerOrgId: ids.communeHienNam, title: 'Hồ sơ kiểm tra quét virus', subjects: [{ kind: 'individual', personId: p!.id }] }), 201);
    dossierId = d.id;
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await clamd?.stop();
  });

  it('the scanner speaks INSTREAM: clean bytes are OK, EICAR (even inside a PDF, even over many chunks) is found', async () => {
    const s = new ClamdScanner('127.0.0.1', clamd.port);
    expect(await s.scan(PDF)).toEqual({ clean: true });
    expect(await s.scan(EICAR)).toEqual({ clean: false, signature: 'Thidua.Test.EICAR.UNOFFICIAL' });
    const big = Buffer.concat([PDF, Buffer.alloc(300_000, 0x20), EICAR, Buffer.from('\n%%EOF\n')]);
    expect(await s.scan(big)).toMatchObject({ clean: false });
  });

  it('a clean PDF is accepted', async () => {
    await expectOk(await attach(donvi, dossierId, 'to_trinh', 'to-trinh.pdf', PDF), 201);
  });

  it('EICAR in a PDF is refused 422 file_infected, nothing stored, the attempt audited', async () => {
    const before = await count(t.handle.db, 'dossier_attachment', `dossier_id = '${dossierId}'`);
    const infected = Buffer.concat([PDF, EICAR, Buffer.from('\n')]);
    const r = await attach(donvi, dossierId, 'to_trinh', 'nhiem.pdf', infected);
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'file_infected', details: { signature: 'Thidua.Test.EICAR.UNOFFICIAL' } });
    expect(r.json().message).toContain('mã độc');
    expect(r.json().message).toContain('Thidua.Test.EICAR.UNOFFICIAL');
    expect(await count(t.handle.db, 'dossier_attachment', `dossier_id = '${dossierId}'`)).toBe(before);
    expect(await count(t.handle.db, 'audit_log', `action = 'file.infected' AND entity_id = '${dossierId}' AND outcome = 'denied'`)).toBe(1);
  });

  it('the content check runs first: an EICAR text renamed .pdf is 415, not scanned', async () => {
    const r = await attach(donvi, dossierId, 'to_trinh', 'eicar.pdf', EICAR);
    expect(r.statusCode).toBe(415);
  });

  it('when clamd is down the upload is refused 503 file_scan_unavailable and nothing is stored', async () => {
    await clamd.stop();
    const before = await count(t.handle.db, 'dossier_attachment', `dossier_id = '${dossierId}'`);
    const r = await attach(donvi, dossierId, 'to_trinh', 'to-trinh-2.pdf', PDF);
    expect(r.statusCode).toBe(503);
    expect(r.json().code).toBe('file_scan_unavailable');
    expect(await count(t.handle.db, 'dossier_attachment', `dossier_id = '${dossierId}'`)).toBe(before);
  });
});
