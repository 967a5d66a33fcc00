// One cold run, as a user's command is one process: `standar <args…>` through the CLI's `main`,
// or with `--baseline <unit>` only loading and checking the unit (`loadUnits`), what every export
// starts with. Writes its exit code and the CPU time of the whole process (every thread, workers
// included) to file descriptor 3, as JSON; the command's own output is the parent's to ignore.
import { writeSync } from 'node:fs';

const args = process.argv.slice(2);
let code = 0;
if (args[0] === '--baseline') {
  const { loadUnits } = await import('../../dist/check/load-units.js');
  await loadUnits([args[1]], { cwd: args[1] });
} else {
  const { main } = await import('../../dist/cli/main.js');
  code = await main({ argv: args });
}
const cpu = process.cpuUsage();
writeSync(3, JSON.stringify({ code, cpu: (cpu.user + cpu.system) / 1e6 }));
