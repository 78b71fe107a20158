/**
 * The few MapLibre style expressions the overlay layers use (src/map/layers/layoutLayers.ts):
 * `get`, `literal`, `==`, `!`, `in`, `all`, `boolean`. The Canvas2D renderer reads the same layer
 * specs MapLibre gets, so the two renderers cannot drift; an expression outside this set is an
 * error naming it, never a silently wrong map.
 */
import { mapMessages } from '../../i18n/catalogue/map';
import { t } from '../../i18n/messages';

export type Properties = Record<string, unknown>;

export class UnsupportedExpressionError extends Error {
  constructor(expression: unknown) {
    super(t(mapMessages.unsupportedExpression, { expression: JSON.stringify(expression) }));
    this.name = 'UnsupportedExpressionError';
  }
}

export function evaluate(expression: unknown, properties: Properties): unknown {
  if (!Array.isArray(expression)) return expression;
  const [op, ...args] = expression as [unknown, ...unknown[]];
  switch (op) {
    case 'get':
      return properties[args[0] as string];
    case 'literal':
      return args[0];
    case '==':
      return evaluate(args[0], properties) === evaluate(args[1], properties);
    case '!=':
      return evaluate(args[0], properties) !== evaluate(args[1], properties);
    case '!':
      return !evaluate(args[0], properties);
    case 'all':
      return args.every((a) => !!evaluate(a, properties));
    case 'any':
      return args.some((a) => !!evaluate(a, properties));
    case 'in': {
      const needle = evaluate(args[0], properties);
      const haystack = evaluate(args[1], properties);
      if (Array.isArray(haystack)) return haystack.includes(needle);
      if (typeof haystack === 'string') return typeof needle === 'string' && haystack.includes(needle);
      return false;
    }
    case 'boolean': {
      const value = evaluate(args[0], properties);
      return typeof value === 'boolean' ? value : args.length > 1 ? evaluate(args[1], properties) : false;
    }
    default:
      // A plain array value (a dash array, an offset) is not an expression.
      if (typeof op === 'number') return expression;
      throw new UnsupportedExpressionError(expression);
  }
}

/** A layer filter: no filter passes everything. */
export const passes = (filter: unknown, properties: Properties): boolean => filter === undefined || !!evaluate(filter, properties);
