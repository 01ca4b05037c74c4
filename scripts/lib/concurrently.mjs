/**
 * Runs shell commands at the same time and reports each one's result. Used
 * where commands are independent and together keep both cores busier than one
 * alone (type checking beside linting; the dev-server tests, which mostly
 * wait, beside the browser suite). The first command prints as it runs; the
 * others' output is held back and printed whole after all have ended, so the
 * logs of two commands never interleave.
 */
import { spawn } from 'node:child_process';

/**
 * @param {{ name: string, command: string }[]} commands
 * @returns {Promise<{ name: string, command: string, ok: boolean, seconds: number }[]>}
 */
export async function runConcurrently(commands) {
  const held = commands.map(() => []);
  const beside = (i) => commands.filter((_, j) => j !== i).map((c) => c.name);
  const results = await Promise.all(
    commands.map(
      ({ name, command }, i) =>
        new Promise((resolve) => {
          const started = Date.now();
          if (i === 0)
            console.log(`\n▶ ${name}: ${command}${commands.length > 1 ? ` (beside ${beside(0).join(', ')}, printed after)` : ''}`);
          const child = spawn(command, { shell: true, stdio: i === 0 ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
          child.stdout?.on('data', (d) => held[i].push(d));
          child.stderr?.on('data', (d) => held[i].push(d));
          child.on('close', (code) => resolve({ name, command, ok: code === 0, seconds: (Date.now() - started) / 1000 }));
        }),
    ),
  );
  for (let i = 1; i < commands.length; i++) {
    console.log(`\n▶ ${commands[i].name}: ${commands[i].command} (ran beside ${beside(i).join(', ')})`);
    process.stdout.write(Buffer.concat(held[i]));
  }
  return results;
}

// As a command: `node scripts/lib/concurrently.mjs "cmd one" "cmd two"` runs them together and
// exits non-zero if any failed, naming it.
if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await runConcurrently(process.argv.slice(2).map((command) => ({ name: command.split(' ')[0], command })));
  const failed = results.filter((r) => !r.ok);
  for (const r of failed) console.error(`✘ ${r.command} failed`);
  process.exit(failed.length ? 1 : 0);
}
