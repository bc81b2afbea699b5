/**
 * Operators: one per file, each a `defineOperator` definition the runtime instantiates from a plan
 * node. `registry.ts` maps plan node kinds to them; `catalog.ts` is the pure-data function table
 * the SQL binder shares; `expr/` compiles expressions to JS. Operators never import connectors or
 * SQL.
 */
export { operatorRegistry } from './registry.js';
export { filter } from './filter.js';
export { project } from './project.js';
export { calc } from './calc.js';
export { map } from './map.js';
export { union } from './union.js';
export { watermarkAssigner } from './watermark.js';
export { windowAggregate, windowStart } from './window-aggregate.js';
export { groupAggregate } from './group-aggregate.js';
export { compileCalc, type CalcProgram, type CalcOptions, type ExprContext } from './expr/compile.js';
export { bind, type Bound } from './expr/bind.js';
export { scalarFunctions, aggregateFunctions, findFunction, functionNames, commonType, type ScalarFunction, type AggregateFunction } from './catalog.js';
