// @ts-check
/**
 * Astro integration: checks the whole content folder (schemas, ids, references, quotes against
 * the captured articles) when `astro build` starts, before Astro reads the content or writes
 * anything, so the project's messages are what the reader sees; prints the warnings that
 * matter as a short list at the end of the build. The check itself is TypeScript
 * (src/integrations/run-check.ts), loaded with Vite's module runner as Astro loads TS.
 */
import { fileURLToPath } from 'node:url';

/**
 * Loads the check module (TypeScript) through Vite.
 * @param {string} root project root (a path)
 * @returns {Promise<typeof import('./run-check.ts')>}
 */
export async function loadCheck(root) {
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(fileURLToPath(new URL('./run-check.ts', import.meta.url)), {
    root,
    configFile: false,
    logLevel: 'silent',
  });
  return /** @type {typeof import('./run-check.ts')} */ (module);
}

/**
 * The integration.
 * @returns {import('astro').AstroIntegration}
 */
export default function contentCheck() {
  /** @type {string} */
  let warnings = '';
  return {
    name: 'chronology-content',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const { runCheck } = await loadCheck(root);
        const run = runCheck(root);
        if (run.problemsText) {
          logger.error(run.problemsText);
          const n = run.report.problems.length;
          const error = new Error(
            `The build stopped before writing anything: fix the ${n} content problem${n === 1 ? '' : 's'} listed above (npm run check:content shows them without building).`,
          );
          error.name = 'ContentError';
          // The problems are in the content, not in the code: a stack trace would only add noise.
          error.stack = '';
          throw error;
        }
        warnings = run.warningsText;
      },
      'astro:build:done': ({ logger }) => {
        if (warnings) logger.warn(warnings);
      },
    },
  };
}
