/** Which arguments of a lazily evaluated form (CASE, COALESCE) a row actually evaluates. */
import { compare, type Engines } from './engines.js';
import type { Node } from './expr.js';

/**
 * The arguments of `n` that LaminarDB evaluates on row index `row`, in order: CASE and COALESCE
 * evaluate lazily, and an argument that is not evaluated cannot explain a difference (alone it
 * may raise an error that in context never happens).
 */
export async function evaluatedArgs(e: Engines, n: Node, row: number): Promise<Node[]> {
  const value = async (a: Node) => (await e.evalOurs(a)).values[row];
  const out: Node[] = [];
  switch (n.op) {
    case 'case': {
      const pairs = Math.floor(n.args.length / 2);
      for (let k = 0; k < pairs; k++) {
        out.push(n.args[2 * k]!);
        const c = await value(n.args[2 * k]!);
        if (c?.k === 'bool' && c.v) return [...out, n.args[2 * k + 1]!];
      }
      return n.args.length % 2 === 1 ? [...out, n.args[n.args.length - 1]!] : out;
    }
    case 'case_simple': {
      const [x, w] = [await value(n.args[0]!), await value(n.args[1]!)];
      const hit = x !== undefined && w !== undefined && x.k !== 'null' && compare(x, w) === 'exact';
      return [n.args[0]!, n.args[1]!, n.args[hit ? 2 : 3]!];
    }
    case 'coalesce':
      for (const a of n.args) {
        out.push(a);
        if ((await value(a))?.k !== 'null') break;
      }
      return out;
    default: return [...n.args];
  }
}
