export class DatabaseStartError extends Error {
  constructor(
    readonly code: 'data_dir_locked' | 'data_dir_damaged' | 'database_unreachable' | 'backup_missing',
    message: string,
  ) {
    super(message);
  }
}
