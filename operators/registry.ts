/** Operators by plan node kind: one line each. */
import type { Registry } from '../runtime/index.js';
import { calc } from './calc.js';
import { filter } from './filter.js';
import { groupAggregate } from './group-aggregate.js';
import { join } from './join.js';
import { asofJoin } from './asof-join.js';
import { temporalProbeJoin } from './temporal-probe-join.js';
import { temporalJoin } from './temporal-join.js';
import { lookupJoin } from './lookup-join.js';
import { lateRows } from './late-rows.js';
import { limit } from './limit.js';
import { map } from './map.js';
import { over } from './over-window.js';
import { project } from './project.js';
import { sessionAggregate } from './session-aggregate.js';
import { sort } from './sort.js';
import { temporalFilter } from './temporal-filter.js';
import { union } from './union.js';
import { watermarkAssigner } from './watermark.js';
import { windowAggregate } from './window-aggregate.js';

export const operatorRegistry: Pick<Registry, 'operators'> = {
  operators: {
    filter,
    project,
    calc,
    map,
    union,
    watermark: watermarkAssigner,
    windowAggregate,
    sessionAggregate,
    groupAggregate,
    sort,
    limit,
    lateRows,
    temporalFilter,
    join,
    asofJoin,
    lookupJoin,
    over,
    temporalProbeJoin,
    temporalJoin,
  },
};
