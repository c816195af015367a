// Uploads in an S3-compatible object store (STORAGE_BACKEND=s3): a dossier attachment goes to the bucket
// (signed with SigV4 by aws4fetch; s3rver checks the access key but does not recompute V4 signatures, so
// signature correctness against AWS or MinIO is not proven here) and comes back byte for byte through the
// authorising route; a wrong secret or an unreachable store refuses the upload with a coded error and
// stores nothing. The store is s3rver, an S3 implementation in Node run in-process.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import S3rver from 's3rver';
import { AppError } from '@thidua/contracts';
import { S3FileStorage } from '../src/files/s3.js';
import { loadConfig } from '../src/config.js';
import { createTestApp, loggedIn, type Client, type TestApp } from './harness.js';
import { PDF, attach, count, createDossier, demoIds, expectOk, peopleOf, tmpDataDir } from './dossiers.helpers.js';

const BUCKET = 'thidua-uploads';
let server: S3rver;
let endpoint: string;
let dir: string;
const opts = () => ({ endpoint, bucket: BUCKET, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true, prefix: 'ho-so/' });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-s3-'));
  server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: BUCKET, configs: [] }] });
  const { port } = (await server.run()) as { port: number };
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await server?.close().catch(() => undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('S3FileStorage', () => {
  it('puts under a generated key with its SHA-256 and gets the same bytes back', async () => {
    const s = new S3FileStorage(opts());
    const bytes = Buffer.concat([PDF, Buffer.alloc(200_000, 7)]);
    const stored = await s.put(bytes);
    expect(stored.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(stored.size).toBe(bytes.length);
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await s.get(stored.key)).equals(bytes)).toBe(true);
    // The object sits under the prefix and the key's first two characters, never a user's file name.
    const listed = fs.readdirSync(path.join(dir, BUCKET, 'ho-so', stored.key.slice(0, 2)));
    expect(listed.some((f) => f.startsWith(stored.key))).toBe(true);
  });

  it('an unknown key is not_found; a key that is not ours is refused before any request', async () => {
    const s = new S3FileStorage(opts());
    await expect(s.get('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ code: 'not_found' });
    await expect(s.get('../../etc/passwd')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('a refused request (unknown access key) and an unreachable store are storage_unavailable', async () => {
    const bad = new S3FileStorage({ ...opts(), accessKeyId: 'KHONG-CO' });
    await expect(bad.put(PDF)).rejects.toMatchObject({ code: 'storage_unavailable', details: { status: 403 } });
    const down = new S3FileStorage({ ...opts(), endpoint: 'http://127.0.0.1:1' });
    const e = await down.put(PDF).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('storage_unavailable');
  });

  it('configuration: STORAGE_BACKEND=s3 needs its endpoint, bucket and keys (a clear message at start)', () => {
    expect(() => loadConfig({ STORAGE_BACKEND: 's3', S3_BUCKET: 'bucket' } as NodeJS.ProcessEnv)).toThrow(/S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY/);
    expect(loadConfig({} as NodeJS.ProcessEnv).s3).toBeNull();
  });
});

describe('dossier attachments through the API with STORAGE_BACKEND=s3', () => {
  let t: TestApp;
  let donvi: Client;
  let dossierId: string;
  beforeAll(async () => {
    const env = { DATA_DIR: tmpDataDir(), STORAGE_BACKEND: 's3', S3_ENDPOINT: endpoint, S3_BUCKET: BUCKET, S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER', S3_PREFIX: 'api/' };
    t = await createTestApp({ env });
    donvi = await loggedIn(t.app, 'donvi');
    const ids = await demoIds(t.handle.db);
    const [p] = await peopleOf(t.handle.db, ids.communeHienNam, 1);
    dossierId = (await expectOk(await createDossier(donvi, { ownerOrgId: ids.communeHienNam, title: 'Hồ sơ lưu trên S3', subjects: [{ kind: 'individual', personId: p!.id }] }), 201)).id;
  }, 60_000);
  afterAll(async () => t?.close());

  it('an attachment is stored in the bucket, not on disk, and downloads byte for byte', async () => {
    const a = await expectOk(await attach(donvi, dossierId, 'to_trinh', 'tờ trình.pdf', PDF), 201);
    expect(fs.existsSync(path.join(t.config.dataDir, 'uploads'))).toBe(false);
    expect(fs.readdirSync(path.join(dir, BUCKET, 'api')).length).toBe(1);
    const r = await donvi.get(`/api/v1/dossiers/${dossierId}/attachments/${a.id}`);
    expect(r.statusCode).toBe(200);
    expect(r.rawPayload.equals(PDF)).toBe(true);
  });

  it('when the store is down the upload is refused 503 storage_unavailable and no row is written', async () => {
    await server.close();
    const before = await count(t.handle.db, 'dossier_attachment', `dossier_id = '${dossierId}'`);
    const r = await attach(donvi, dossierId, 'to_trinh', 'to-trinh-2.pdf', PDF);
    expect(r.statusCode).toBe(503);
    expect(r.json().code).toBe('storage_unavailable');
    expect(await count(t.handle.db, 'dossier_attachment', `dossier_id = '${dossierId}'`)).toBe(before);
  });
});
