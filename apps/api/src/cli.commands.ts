import type { DbHandle } from '@thidua/db';
import type { Config } from './config.js';

/** Commands contributed by modules (eligibility, registry, …). */
export interface CliCommand {
  name: string;
  sub?: string;
  usage: string;
  help: string;
  run(ctx: { handle: DbHandle; config: Config; args: string[] }): Promise<number>;
}

export const cliCommands: CliCommand[] = [];
