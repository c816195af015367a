// FU-05 for files stored before a scanner was configured: `thidua files rescan` reads every stored file
// back, checks its SHA-256 and scans it with a real clamd; an infected or altered file is quarantined
// (kept, no longer served: 410 file_quarantined) and audited; a second run changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ClamdScanner } from '../src/files/scanner.js';
import { LocalFileStorage } from '../src/files/storage.js';
import { rescanStoredFiles } from '../src/files/quarantine.js';
import { createTestApp, loggedIn, type Client, type TestApp } from './harness.js';
import { describeWithClamd, EICAR, startClamd, type Clamd } from './clamd.js';
import { PDF, attach, count, createDossier, demoIds, expectOk, peopleOf, tmpDataDir } from './dossiers.helpers.js';

describeWithClamd('rescanning stored files (clamd)', () => {
  let clamd: Clamd;
  let t: TestApp;
  let donvi: Client;
  let dossierId: string;
  const dataDir = tmpDataDir();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    clamd = await startClamd();
    // No scanner configured at upload time: everything is accepted.
    t = await createTestApp({ env: { DATA_DIR: dataDir } });
    donvi = await loggedIn(t.app, 'donvi');
    const demo = await demoIds(t.handle.db);
    const [p] = await peopleOf(t.handle.db, demo.communeHienNam, 1);
    dossierId = (await expectOk(await createDossier(donvi, { ownerOrgId: demo.communeHienNam, title: 'Hồ sơ quét lại', subjects: [{ kind: 'individual', personId: p!.id }] }), 201)).id;
    for (const [name, bytes] of [['sach.pdf', PDF], ['nhiem.pdf', Buffer.concat([PDF, EICAR, Buffer.from('\n')])], ['bi-sua.pdf', Buffer.concat([PDF, Buffer.from('% ban goc\n')])]] as const) {
      ids[name] = (await expectOk(await attach(donvi, dossierId, 'to_trinh', name, bytes), 201)).id;
    }
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await clamd?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const download = (name: string) => donvi.get(`/api/v1/dossiers/${dossierId}/attachments/${ids[name]}`);

  it('quarantines the infected and the altered file, keeps serving the clean one, and audits the findings', async () => {
    expect((await download('nhiem.pdf')).statusCode).toBe(200);
    // Someone alters a stored file behind the application's back.
    const [row] = (await t.handle.db.execute((await import('drizzle-orm')).sql`SELECT storage_key AS key FROM dossier_attachment WHERE id = ${ids['bi-sua.pdf']}::uuid`)).rows as { key: string }[];
    fs.appendFileSync(path.join(dataDir, 'uploads', row!.key.slice(0, 2), row!.key), '% da bi sua\n');

    const storage = new LocalFileStorage(path.join(dataDir, 'uploads'));
    const scanner = new ClamdScanner('127.0.0.1', clamd.port, 5000);
    const dry = await rescanStoredFiles({ db: t.handle.db, now: t.clock.now }, storage, scanner, { dryRun: true });
    expect(dry.findings).toHaveLength(2);
    expect(await count(t.handle.db, 'file_quarantine')).toBe(0);

    const r = await rescanStoredFiles({ db: t.handle.db, now: t.clock.now }, storage, scanner);
    expect(r.findings.map((f) => [f.fileName, f.outcome, f.signature ?? null]).sort()).toEqual([
      ['bi-sua.pdf', 'sha256_mismatch', null],
      ['nhiem.pdf', 'infected', 'Thidua.Test.EICAR.UNOFFICIAL'],
    ]);
    expect(r.clean).toBe(r.scanned - 2);
    const blocked = await download('nhiem.pdf');
    expect(blocked.statusCode).toBe(410);
    expect(blocked.json()).toMatchObject({ code: 'file_quarantined', details: { reason: 'infected', signature: 'Thidua.Test.EICAR.UNOFFICIAL' } });
    expect(blocked.json().message).toContain('cách ly');
    expect((await download('bi-sua.pdf')).json().code).toBe('file_quarantined');
    expect((await download('sach.pdf')).statusCode).toBe(200);
    // The package for the central level refuses to carry a quarantined document.
    expect((await donvi.get(`/api/v1/dossiers/${dossierId}/package.zip`)).json().code).toBe('file_quarantined');
    expect(await count(t.handle.db, 'audit_log', `action = 'file.infected' AND entity_id = '${ids['nhiem.pdf']}' AND outcome = 'denied'`)).toBe(1);
    expect(await count(t.handle.db, 'audit_log', `action = 'file.tampered' AND entity_id = '${ids['bi-sua.pdf']}'`)).toBe(1);

    const again = await rescanStoredFiles({ db: t.handle.db, now: t.clock.now }, storage, scanner);
    expect(again).toMatchObject({ alreadyQuarantined: 2, findings: [] });
    expect(await count(t.handle.db, 'file_quarantine')).toBe(2);
  });

  it('stops with file_scan_unavailable when clamd is down, recording nothing more', async () => {
    const storage = new LocalFileStorage(path.join(dataDir, 'uploads'));
    const dead = new ClamdScanner('127.0.0.1', 1, 500);
    await expect(rescanStoredFiles({ db: t.handle.db, now: t.clock.now }, storage, dead)).rejects.toMatchObject({ code: 'file_scan_unavailable' });
    expect(await count(t.handle.db, 'file_quarantine')).toBe(2);
  });
});
