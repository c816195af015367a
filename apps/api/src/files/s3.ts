// Attachment storage in an S3-compatible object store (AWS S3, MinIO, Ceph RGW, a government cloud's
// object service). Same contract as LocalFileStorage: server-generated UUID keys, SHA-256 computed here,
// bytes read back only through the authorising routes (no presigned URLs are handed out, FU-04).
// Requests are signed with AWS Signature V4 (aws4fetch); path-style addressing by default, as most
// self-hosted stores want.
import { createHash, randomUUID } from 'node:crypto';
import { AwsClient } from 'aws4fetch';
import { AppError } from '@thidua/contracts';
import type { FileStorage } from './storage.js';

export interface S3Options {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `https://endpoint/bucket/key` (true) or `https://bucket.endpoint/key` (false). */
  forcePathStyle: boolean;
  /** Key prefix inside the bucket, e.g. `uploads/`. */
  prefix?: string;
}

const KEY = /^[0-9a-f-]{36}$/;

export class S3FileStorage implements FileStorage {
  private readonly client: AwsClient;
  constructor(private readonly o: S3Options) {
    this.client = new AwsClient({ accessKeyId: o.accessKeyId, secretAccessKey: o.secretAccessKey, region: o.region, service: 's3' });
  }

  private url(key: string): string {
    if (!KEY.test(key)) throw new AppError('not_found');
    const base = new URL(this.o.endpoint);
    const object = `${this.o.prefix ?? ''}${key.slice(0, 2)}/${key}`;
    if (this.o.forcePathStyle) return `${base.origin}${base.pathname.replace(/\/+$/, '')}/${encodeURIComponent(this.o.bucket)}/${object}`;
    return `${base.protocol}//${this.o.bucket}.${base.host}${base.pathname.replace(/\/+$/, '')}/${object}`;
  }

  private async call(method: 'PUT' | 'GET', key: string, body?: Buffer): Promise<Response> {
    try {
      return await this.client.fetch(this.url(key), { method, ...(body ? { body, headers: { 'content-type': 'application/octet-stream' } } : {}) });
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw new AppError('storage_unavailable', { store: 's3', reason: (e as Error).message });
    }
  }

  async put(bytes: Buffer) {
    const key = randomUUID();
    const r = await this.call('PUT', key, bytes);
    if (!r.ok) throw new AppError('storage_unavailable', { store: 's3', status: r.status, reason: (await r.text()).slice(0, 300) });
    return { key, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
  }

  async get(key: string) {
    const r = await this.call('GET', key);
    if (r.status === 404) throw new AppError('not_found');
    if (!r.ok) throw new AppError('storage_unavailable', { store: 's3', status: r.status });
    return Buffer.from(await r.arrayBuffer());
  }
}
