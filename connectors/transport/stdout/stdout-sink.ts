/**
 * The `stdout` sink: writes rows as JSON lines or CSV to the process's standard output (or the
 * writer the application passes as the `stdout` service). Handy for the CLI and for piping.
 */
import { defineSink, PlanError, type plan } from '../../internal.js';
import { csvHeader, TEXT_FORMATS, toCsv, toJsonLines, type TextFormat } from '../../format/text.js';
import { parseOptions } from '../../options.js';

const OPTIONS = {
  format: { type: 'string', default: 'json', description: `row format: ${TEXT_FORMATS.join(' or ')}` },
  header: { type: 'boolean', default: true, description: 'CSV only: write a header line first' },
} as const;

/** The stdout sink. */
export const stdoutSink = defineSink<plan.SinkNode>({
  name: 'stdout',
  setup(ctx, node) {
    const options = parseOptions('stdout', OPTIONS, node.options);
    if (!(TEXT_FORMATS as readonly string[]).includes(options.format)) {
      throw new PlanError(`stdout sink: unknown format '${options.format}'; formats are: ${TEXT_FORMATS.join(', ')}`);
    }
    const format = options.format as TextFormat;
    const out = ctx.service<{ write(text: string): unknown }>('stdout');
    let first = true;
    return {
      write(batch) {
        if (format === 'json') out.write(toJsonLines(batch));
        else {
          if (first && options.header) out.write(csvHeader(ctx.inputSchemas[0]!));
          out.write(toCsv(batch));
        }
        first = false;
      },
    };
  },
});
