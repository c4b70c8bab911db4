/** The command table: each command registers itself on the program. Add one line per command. */
import type { RegisterCommand } from './register.js';
import { register as bom } from './bom.js';
import { register as calibrate } from './calibrate.js';
import { register as catalog } from './catalog.js';
import { register as check } from './check.js';
import { register as collective } from './collective.js';
import { register as compare } from './compare.js';
import { register as exportCmd } from './export.js';
import { register as importCmd } from './import.js';
import { register as newCmd } from './new.js';
import { register as paths } from './paths.js';
import { register as phy } from './phy.js';
import { register as plan } from './plan.js';
import { register as report } from './report.js';
import { register as schema } from './schema.js';

/** Registers a subcommand; `setExit` records the exit code the command wants. */
export type { RegisterCommand } from './register.js';

export const commands: RegisterCommand[] = [
  bom,
  calibrate,
  catalog,
  check,
  collective,
  compare,
  exportCmd,
  importCmd,
  newCmd,
  paths,
  phy,
  plan,
  report,
  schema,
];
