/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["plan"] || ($protobuf.roots["plan"] = {});

export const laminardb = $root.laminardb = (() => {

    /**
     * Namespace laminardb.
     * @exports laminardb
     * @namespace
     */
    const laminardb = {};

    laminardb.plan = (function() {

        /**
         * Namespace plan.
         * @memberof laminardb
         * @namespace
         */
        const plan = {};

        plan.Plan = (function() {

            /**
             * Properties of a Plan.
             * @typedef {Object} laminardb.plan.Plan.$Properties
             * @property {string|null} [name] Plan name
             * @property {Array.<laminardb.plan.PlanNode.$Properties>|null} [nodes] Plan nodes
             * @property {Array.<laminardb.plan.Edge.$Properties>|null} [edges] Plan edges
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Plan.
             * @memberof laminardb.plan
             * @interface IPlan
             * @augments laminardb.plan.Plan.$Properties
             * @deprecated Use laminardb.plan.Plan.$Properties instead.
             */

            /**
             * Shape of a Plan.
             * @typedef {{
             *   name?: string|null;
             *   nodes?: Array.<laminardb.plan.PlanNode.$Shape>|null;
             *   edges?: Array.<laminardb.plan.Edge.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} laminardb.plan.Plan.$Shape
             */

            /**
             * Constructs a new Plan.
             * @memberof laminardb.plan
             * @classdesc Represents a Plan.
             * @constructor
             * @param {laminardb.plan.Plan.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Plan = function (properties) {
                this.nodes = [];
                this.edges = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Plan name.
             * @member {string} name
             * @memberof laminardb.plan.Plan
             * @instance
             */
            Plan.prototype.name = "";

            /**
             * Plan nodes.
             * @member {Array.<laminardb.plan.PlanNode.$Properties>} nodes
             * @memberof laminardb.plan.Plan
             * @instance
             */
            Plan.prototype.nodes = $util.emptyArray;

            /**
             * Plan edges.
             * @member {Array.<laminardb.plan.Edge.$Properties>} edges
             * @memberof laminardb.plan.Plan
             * @instance
             */
            Plan.prototype.edges = $util.emptyArray;

            /**
             * Creates a new Plan instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.Plan
             * @static
             * @param {laminardb.plan.Plan.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.Plan} Plan instance
             * @type {{
             *   (properties: laminardb.plan.Plan.$Shape): laminardb.plan.Plan & laminardb.plan.Plan.$Shape;
             *   (properties?: laminardb.plan.Plan.$Properties): laminardb.plan.Plan;
             * }}
             */
            Plan.create = function(properties) {
                return new Plan(properties);
            };

            /**
             * Encodes the specified Plan message. Does not implicitly {@link laminardb.plan.Plan.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.Plan
             * @static
             * @param {laminardb.plan.Plan.$Properties} message Plan message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Plan.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.nodes != null && message.nodes.length)
                    for (let i = 0; i < message.nodes.length; ++i)
                        $root.laminardb.plan.PlanNode.encode(message.nodes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.edges != null && message.edges.length)
                    for (let i = 0; i < message.edges.length; ++i)
                        $root.laminardb.plan.Edge.encode(message.edges[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Plan message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.Plan
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.Plan & laminardb.plan.Plan.$Shape} Plan
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Plan.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.Plan();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.nodes && message.nodes.length))
                                message.nodes = [];
                            message.nodes.push($root.laminardb.plan.PlanNode.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.edges && message.edges.length))
                                message.edges = [];
                            message.edges.push($root.laminardb.plan.Edge.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Plan message.
             * @function verify
             * @memberof laminardb.plan.Plan
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Plan.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.nodes != null && $Object.hasOwnProperty.call(message, "nodes")) {
                    if (!$Array.isArray(message.nodes))
                        return "nodes: array expected";
                    for (let i = 0; i < message.nodes.length; ++i) {
                        let error = $root.laminardb.plan.PlanNode.verify(message.nodes[i], _depth + 1);
                        if (error)
                            return "nodes." + error;
                    }
                }
                if (message.edges != null && $Object.hasOwnProperty.call(message, "edges")) {
                    if (!$Array.isArray(message.edges))
                        return "edges: array expected";
                    for (let i = 0; i < message.edges.length; ++i) {
                        let error = $root.laminardb.plan.Edge.verify(message.edges[i], _depth + 1);
                        if (error)
                            return "edges." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Plan message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.Plan
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.Plan} Plan
             */
            Plan.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.Plan)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.Plan: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.Plan();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.nodes) {
                    if (!$Array.isArray(object.nodes))
                        throw $TypeError(".laminardb.plan.Plan.nodes: array expected");
                    message.nodes = $Array(object.nodes.length);
                    for (let i = 0; i < object.nodes.length; ++i) {
                        if (!$util.isObject(object.nodes[i]))
                            throw $TypeError(".laminardb.plan.Plan.nodes: object expected");
                        message.nodes[i] = $root.laminardb.plan.PlanNode.fromObject(object.nodes[i], _depth + 1);
                    }
                }
                if (object.edges) {
                    if (!$Array.isArray(object.edges))
                        throw $TypeError(".laminardb.plan.Plan.edges: array expected");
                    message.edges = $Array(object.edges.length);
                    for (let i = 0; i < object.edges.length; ++i) {
                        if (!$util.isObject(object.edges[i]))
                            throw $TypeError(".laminardb.plan.Plan.edges: object expected");
                        message.edges[i] = $root.laminardb.plan.Edge.fromObject(object.edges[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Plan message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.Plan
             * @static
             * @param {laminardb.plan.Plan} message Plan
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Plan.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.nodes = [];
                    object.edges = [];
                }
                if (options.defaults)
                    object.name = "";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.nodes && message.nodes.length) {
                    object.nodes = $Array(message.nodes.length);
                    for (let j = 0; j < message.nodes.length; ++j)
                        object.nodes[j] = $root.laminardb.plan.PlanNode.toObject(message.nodes[j], options, _depth + 1);
                }
                if (message.edges && message.edges.length) {
                    object.edges = $Array(message.edges.length);
                    for (let j = 0; j < message.edges.length; ++j)
                        object.edges[j] = $root.laminardb.plan.Edge.toObject(message.edges[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Plan to JSON.
             * @function toJSON
             * @memberof laminardb.plan.Plan
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Plan.prototype.toJSON = function() {
                return Plan.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Plan
             * @function getTypeUrl
             * @memberof laminardb.plan.Plan
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Plan.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.Plan";
            };

            return Plan;
        })();

        plan.Edge = (function() {

            /**
             * Properties of an Edge.
             * @typedef {Object} laminardb.plan.Edge.$Properties
             * @property {number|null} [from] Edge from
             * @property {number|null} [to] Edge to
             * @property {number|null} [input] Edge input
             * @property {laminardb.plan.Partitioning.$Properties|null} [partitioning] Edge partitioning
             * @property {number|null} [capacity] Edge capacity
             * @property {laminardb.plan.OverflowPolicy|null} [overflow] Edge overflow
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Edge.
             * @memberof laminardb.plan
             * @interface IEdge
             * @augments laminardb.plan.Edge.$Properties
             * @deprecated Use laminardb.plan.Edge.$Properties instead.
             */

            /**
             * Shape of an Edge.
             * @typedef {laminardb.plan.Edge.$Properties} laminardb.plan.Edge.$Shape
             */

            /**
             * Constructs a new Edge.
             * @memberof laminardb.plan
             * @classdesc Represents an Edge.
             * @constructor
             * @param {laminardb.plan.Edge.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Edge = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Edge from.
             * @member {number} from
             * @memberof laminardb.plan.Edge
             * @instance
             */
            Edge.prototype.from = 0;

            /**
             * Edge to.
             * @member {number} to
             * @memberof laminardb.plan.Edge
             * @instance
             */
            Edge.prototype.to = 0;

            /**
             * Edge input.
             * @member {number} input
             * @memberof laminardb.plan.Edge
             * @instance
             */
            Edge.prototype.input = 0;

            /**
             * Edge partitioning.
             * @member {laminardb.plan.Partitioning.$Properties|null|undefined} partitioning
             * @memberof laminardb.plan.Edge
             * @instance
             */
            Edge.prototype.partitioning = null;

            /**
             * Edge capacity.
             * @member {number} capacity
             * @memberof laminardb.plan.Edge
             * @instance
             */
            Edge.prototype.capacity = 0;

            /**
             * Edge overflow.
             * @member {laminardb.plan.OverflowPolicy} overflow
             * @memberof laminardb.plan.Edge
             * @instance
             */
            Edge.prototype.overflow = 0;

            /**
             * Creates a new Edge instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.Edge
             * @static
             * @param {laminardb.plan.Edge.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.Edge} Edge instance
             * @type {{
             *   (properties: laminardb.plan.Edge.$Shape): laminardb.plan.Edge & laminardb.plan.Edge.$Shape;
             *   (properties?: laminardb.plan.Edge.$Properties): laminardb.plan.Edge;
             * }}
             */
            Edge.create = function(properties) {
                return new Edge(properties);
            };

            /**
             * Encodes the specified Edge message. Does not implicitly {@link laminardb.plan.Edge.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.Edge
             * @static
             * @param {laminardb.plan.Edge.$Properties} message Edge message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Edge.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.from);
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.to);
                if (message.input != null && $Object.hasOwnProperty.call(message, "input") && message.input !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.input);
                if (message.partitioning != null && $Object.hasOwnProperty.call(message, "partitioning"))
                    $root.laminardb.plan.Partitioning.encode(message.partitioning, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity") && message.capacity !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.capacity);
                if (message.overflow != null && $Object.hasOwnProperty.call(message, "overflow") && message.overflow !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.overflow);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Edge message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.Edge
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.Edge & laminardb.plan.Edge.$Shape} Edge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Edge.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.Edge();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.input = value;
                            else
                                delete message.input;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.partitioning = $root.laminardb.plan.Partitioning.decode(reader, reader.size(), $undefined, _depth + 1, message.partitioning);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.capacity = value;
                            else
                                delete message.capacity;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.overflow = value;
                            else
                                delete message.overflow;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Edge message.
             * @function verify
             * @memberof laminardb.plan.Edge
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Edge.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    if (!$util.isInteger(message.from))
                        return "from: integer expected";
                if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                    if (!$util.isInteger(message.to))
                        return "to: integer expected";
                if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                    if (!$util.isInteger(message.input))
                        return "input: integer expected";
                if (message.partitioning != null && $Object.hasOwnProperty.call(message, "partitioning")) {
                    let error = $root.laminardb.plan.Partitioning.verify(message.partitioning, _depth + 1);
                    if (error)
                        return "partitioning." + error;
                }
                if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity"))
                    if (!$util.isInteger(message.capacity))
                        return "capacity: integer expected";
                if (message.overflow != null && $Object.hasOwnProperty.call(message, "overflow"))
                    if (typeof message.overflow !== "number" || (message.overflow | 0) !== message.overflow)
                        return "overflow: enum value expected";
                return null;
            };

            /**
             * Creates an Edge message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.Edge
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.Edge} Edge
             */
            Edge.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.Edge)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.Edge: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.Edge();
                if (object.from != null)
                    if ($Number(object.from) !== 0)
                        message.from = object.from >>> 0;
                if (object.to != null)
                    if ($Number(object.to) !== 0)
                        message.to = object.to >>> 0;
                if (object.input != null)
                    if ($Number(object.input) !== 0)
                        message.input = object.input >>> 0;
                if (object.partitioning != null) {
                    if (!$util.isObject(object.partitioning))
                        throw $TypeError(".laminardb.plan.Edge.partitioning: object expected");
                    message.partitioning = $root.laminardb.plan.Partitioning.fromObject(object.partitioning, _depth + 1);
                }
                if (object.capacity != null)
                    if ($Number(object.capacity) !== 0)
                        message.capacity = object.capacity >>> 0;
                if (object.overflow !== 0 && (typeof object.overflow !== "string" || $root.laminardb.plan.OverflowPolicy[object.overflow] !== 0))
                    switch (object.overflow) {
                    case "SUSPEND":
                    case 0:
                        message.overflow = 0;
                        break;
                    case "DROPPING":
                    case 1:
                        message.overflow = 1;
                        break;
                    case "SLIDING":
                    case 2:
                        message.overflow = 2;
                        break;
                    default:
                        if (typeof object.overflow === "number" && (object.overflow | 0) === object.overflow)
                            message.overflow = object.overflow;
                    }
                return message;
            };

            /**
             * Creates a plain object from an Edge message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.Edge
             * @static
             * @param {laminardb.plan.Edge} message Edge
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Edge.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.from = 0;
                    object.to = 0;
                    object.input = 0;
                    object.partitioning = null;
                    object.capacity = 0;
                    object.overflow = options.enums === $String ? "SUSPEND" : 0;
                }
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    object.from = message.from;
                if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                    object.to = message.to;
                if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                    object.input = message.input;
                if (message.partitioning != null && $Object.hasOwnProperty.call(message, "partitioning"))
                    object.partitioning = $root.laminardb.plan.Partitioning.toObject(message.partitioning, options, _depth + 1);
                if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity"))
                    object.capacity = message.capacity;
                if (message.overflow != null && $Object.hasOwnProperty.call(message, "overflow"))
                    object.overflow = options.enums === $String ? $root.laminardb.plan.OverflowPolicy[message.overflow] === $undefined ? message.overflow : $root.laminardb.plan.OverflowPolicy[message.overflow] : message.overflow;
                return object;
            };

            /**
             * Converts this Edge to JSON.
             * @function toJSON
             * @memberof laminardb.plan.Edge
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Edge.prototype.toJSON = function() {
                return Edge.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Edge
             * @function getTypeUrl
             * @memberof laminardb.plan.Edge
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Edge.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.Edge";
            };

            return Edge;
        })();

        plan.Partitioning = (function() {

            /**
             * Properties of a Partitioning.
             * @typedef {Object} laminardb.plan.Partitioning.$Properties
             * @property {laminardb.plan.Partitioning.Kind|null} [kind] Partitioning kind
             * @property {Array.<string>|null} [keys] Partitioning keys
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Partitioning.
             * @memberof laminardb.plan
             * @interface IPartitioning
             * @augments laminardb.plan.Partitioning.$Properties
             * @deprecated Use laminardb.plan.Partitioning.$Properties instead.
             */

            /**
             * Shape of a Partitioning.
             * @typedef {laminardb.plan.Partitioning.$Properties} laminardb.plan.Partitioning.$Shape
             */

            /**
             * Constructs a new Partitioning.
             * @memberof laminardb.plan
             * @classdesc Represents a Partitioning.
             * @constructor
             * @param {laminardb.plan.Partitioning.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Partitioning = function (properties) {
                this.keys = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Partitioning kind.
             * @member {laminardb.plan.Partitioning.Kind} kind
             * @memberof laminardb.plan.Partitioning
             * @instance
             */
            Partitioning.prototype.kind = 0;

            /**
             * Partitioning keys.
             * @member {Array.<string>} keys
             * @memberof laminardb.plan.Partitioning
             * @instance
             */
            Partitioning.prototype.keys = $util.emptyArray;

            /**
             * Creates a new Partitioning instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.Partitioning
             * @static
             * @param {laminardb.plan.Partitioning.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.Partitioning} Partitioning instance
             * @type {{
             *   (properties: laminardb.plan.Partitioning.$Shape): laminardb.plan.Partitioning & laminardb.plan.Partitioning.$Shape;
             *   (properties?: laminardb.plan.Partitioning.$Properties): laminardb.plan.Partitioning;
             * }}
             */
            Partitioning.create = function(properties) {
                return new Partitioning(properties);
            };

            /**
             * Encodes the specified Partitioning message. Does not implicitly {@link laminardb.plan.Partitioning.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.Partitioning
             * @static
             * @param {laminardb.plan.Partitioning.$Properties} message Partitioning message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Partitioning.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.keys != null && message.keys.length)
                    for (let i = 0; i < message.keys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.keys[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Partitioning message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.Partitioning
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.Partitioning & laminardb.plan.Partitioning.$Shape} Partitioning
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Partitioning.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.Partitioning();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keys && message.keys.length))
                                message.keys = [];
                            message.keys.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Partitioning message.
             * @function verify
             * @memberof laminardb.plan.Partitioning
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Partitioning.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.keys != null && $Object.hasOwnProperty.call(message, "keys")) {
                    if (!$Array.isArray(message.keys))
                        return "keys: array expected";
                    for (let i = 0; i < message.keys.length; ++i)
                        if (!$util.isString(message.keys[i]))
                            return "keys: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Partitioning message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.Partitioning
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.Partitioning} Partitioning
             */
            Partitioning.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.Partitioning)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.Partitioning: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.Partitioning();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.laminardb.plan.Partitioning.Kind[object.kind] !== 0))
                    switch (object.kind) {
                    case "FORWARD":
                    case 0:
                        message.kind = 0;
                        break;
                    case "HASH":
                    case 1:
                        message.kind = 1;
                        break;
                    case "BROADCAST":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.keys) {
                    if (!$Array.isArray(object.keys))
                        throw $TypeError(".laminardb.plan.Partitioning.keys: array expected");
                    message.keys = $Array(object.keys.length);
                    for (let i = 0; i < object.keys.length; ++i)
                        message.keys[i] = $String(object.keys[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Partitioning message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.Partitioning
             * @static
             * @param {laminardb.plan.Partitioning} message Partitioning
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Partitioning.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.keys = [];
                if (options.defaults)
                    object.kind = options.enums === $String ? "FORWARD" : 0;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.laminardb.plan.Partitioning.Kind[message.kind] === $undefined ? message.kind : $root.laminardb.plan.Partitioning.Kind[message.kind] : message.kind;
                if (message.keys && message.keys.length) {
                    object.keys = $Array(message.keys.length);
                    for (let j = 0; j < message.keys.length; ++j)
                        object.keys[j] = message.keys[j];
                }
                return object;
            };

            /**
             * Converts this Partitioning to JSON.
             * @function toJSON
             * @memberof laminardb.plan.Partitioning
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Partitioning.prototype.toJSON = function() {
                return Partitioning.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Partitioning
             * @function getTypeUrl
             * @memberof laminardb.plan.Partitioning
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Partitioning.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.Partitioning";
            };

            /**
             * Kind enum.
             * @name laminardb.plan.Partitioning.Kind
             * @enum {number}
             * @property {number} FORWARD=0 FORWARD value
             * @property {number} HASH=1 HASH value
             * @property {number} BROADCAST=2 BROADCAST value
             */
            Partitioning.Kind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "FORWARD"] = 0;
                values[valuesById[1] = "HASH"] = 1;
                values[valuesById[2] = "BROADCAST"] = 2;
                return values;
            })();

            return Partitioning;
        })();

        /**
         * OverflowPolicy enum.
         * @name laminardb.plan.OverflowPolicy
         * @enum {number}
         * @property {number} SUSPEND=0 SUSPEND value
         * @property {number} DROPPING=1 DROPPING value
         * @property {number} SLIDING=2 SLIDING value
         */
        plan.OverflowPolicy = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SUSPEND"] = 0;
            values[valuesById[1] = "DROPPING"] = 1;
            values[valuesById[2] = "SLIDING"] = 2;
            return values;
        })();

        /**
         * TypeKind enum.
         * @name laminardb.plan.TypeKind
         * @enum {number}
         * @property {number} NULL=0 NULL value
         * @property {number} BOOL=1 BOOL value
         * @property {number} INT8=2 INT8 value
         * @property {number} INT16=3 INT16 value
         * @property {number} INT32=4 INT32 value
         * @property {number} INT64=5 INT64 value
         * @property {number} FLOAT32=6 FLOAT32 value
         * @property {number} FLOAT64=7 FLOAT64 value
         * @property {number} UTF8=8 UTF8 value
         * @property {number} TIMESTAMP=9 TIMESTAMP value
         * @property {number} DECIMAL=10 DECIMAL value
         * @property {number} BINARY=11 BINARY value
         * @property {number} DATE=12 DATE value
         * @property {number} TIME=13 TIME value
         * @property {number} INTERVAL=14 INTERVAL value
         * @property {number} JSON=15 JSON value
         * @property {number} LIST=16 LIST value
         * @property {number} STRUCT=17 STRUCT value
         * @property {number} MAP=18 MAP value
         */
        plan.TypeKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NULL"] = 0;
            values[valuesById[1] = "BOOL"] = 1;
            values[valuesById[2] = "INT8"] = 2;
            values[valuesById[3] = "INT16"] = 3;
            values[valuesById[4] = "INT32"] = 4;
            values[valuesById[5] = "INT64"] = 5;
            values[valuesById[6] = "FLOAT32"] = 6;
            values[valuesById[7] = "FLOAT64"] = 7;
            values[valuesById[8] = "UTF8"] = 8;
            values[valuesById[9] = "TIMESTAMP"] = 9;
            values[valuesById[10] = "DECIMAL"] = 10;
            values[valuesById[11] = "BINARY"] = 11;
            values[valuesById[12] = "DATE"] = 12;
            values[valuesById[13] = "TIME"] = 13;
            values[valuesById[14] = "INTERVAL"] = 14;
            values[valuesById[15] = "JSON"] = 15;
            values[valuesById[16] = "LIST"] = 16;
            values[valuesById[17] = "STRUCT"] = 17;
            values[valuesById[18] = "MAP"] = 18;
            return values;
        })();

        plan.DataType = (function() {

            /**
             * Properties of a DataType.
             * @typedef {Object} laminardb.plan.DataType.$Properties
             * @property {laminardb.plan.TypeKind|null} [kind] DataType kind
             * @property {string|null} [timezone] DataType timezone
             * @property {string|null} [spec] DataType spec
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DataType.
             * @memberof laminardb.plan
             * @interface IDataType
             * @augments laminardb.plan.DataType.$Properties
             * @deprecated Use laminardb.plan.DataType.$Properties instead.
             */

            /**
             * Shape of a DataType.
             * @typedef {laminardb.plan.DataType.$Properties} laminardb.plan.DataType.$Shape
             */

            /**
             * Constructs a new DataType.
             * @memberof laminardb.plan
             * @classdesc Represents a DataType.
             * @constructor
             * @param {laminardb.plan.DataType.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DataType = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DataType kind.
             * @member {laminardb.plan.TypeKind} kind
             * @memberof laminardb.plan.DataType
             * @instance
             */
            DataType.prototype.kind = 0;

            /**
             * DataType timezone.
             * @member {string} timezone
             * @memberof laminardb.plan.DataType
             * @instance
             */
            DataType.prototype.timezone = "";

            /**
             * DataType spec.
             * @member {string} spec
             * @memberof laminardb.plan.DataType
             * @instance
             */
            DataType.prototype.spec = "";

            /**
             * Creates a new DataType instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.DataType
             * @static
             * @param {laminardb.plan.DataType.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.DataType} DataType instance
             * @type {{
             *   (properties: laminardb.plan.DataType.$Shape): laminardb.plan.DataType & laminardb.plan.DataType.$Shape;
             *   (properties?: laminardb.plan.DataType.$Properties): laminardb.plan.DataType;
             * }}
             */
            DataType.create = function(properties) {
                return new DataType(properties);
            };

            /**
             * Encodes the specified DataType message. Does not implicitly {@link laminardb.plan.DataType.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.DataType
             * @static
             * @param {laminardb.plan.DataType.$Properties} message DataType message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DataType.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.timezone != null && $Object.hasOwnProperty.call(message, "timezone") && message.timezone !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.timezone);
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec") && message.spec !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.spec);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DataType message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.DataType
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.DataType & laminardb.plan.DataType.$Shape} DataType
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DataType.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.DataType();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.timezone = value;
                            else
                                delete message.timezone;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.spec = value;
                            else
                                delete message.spec;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a DataType message.
             * @function verify
             * @memberof laminardb.plan.DataType
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DataType.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.timezone != null && $Object.hasOwnProperty.call(message, "timezone"))
                    if (!$util.isString(message.timezone))
                        return "timezone: string expected";
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    if (!$util.isString(message.spec))
                        return "spec: string expected";
                return null;
            };

            /**
             * Creates a DataType message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.DataType
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.DataType} DataType
             */
            DataType.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.DataType)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.DataType: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.DataType();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.laminardb.plan.TypeKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "NULL":
                    case 0:
                        message.kind = 0;
                        break;
                    case "BOOL":
                    case 1:
                        message.kind = 1;
                        break;
                    case "INT8":
                    case 2:
                        message.kind = 2;
                        break;
                    case "INT16":
                    case 3:
                        message.kind = 3;
                        break;
                    case "INT32":
                    case 4:
                        message.kind = 4;
                        break;
                    case "INT64":
                    case 5:
                        message.kind = 5;
                        break;
                    case "FLOAT32":
                    case 6:
                        message.kind = 6;
                        break;
                    case "FLOAT64":
                    case 7:
                        message.kind = 7;
                        break;
                    case "UTF8":
                    case 8:
                        message.kind = 8;
                        break;
                    case "TIMESTAMP":
                    case 9:
                        message.kind = 9;
                        break;
                    case "DECIMAL":
                    case 10:
                        message.kind = 10;
                        break;
                    case "BINARY":
                    case 11:
                        message.kind = 11;
                        break;
                    case "DATE":
                    case 12:
                        message.kind = 12;
                        break;
                    case "TIME":
                    case 13:
                        message.kind = 13;
                        break;
                    case "INTERVAL":
                    case 14:
                        message.kind = 14;
                        break;
                    case "JSON":
                    case 15:
                        message.kind = 15;
                        break;
                    case "LIST":
                    case 16:
                        message.kind = 16;
                        break;
                    case "STRUCT":
                    case 17:
                        message.kind = 17;
                        break;
                    case "MAP":
                    case 18:
                        message.kind = 18;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.timezone != null)
                    if (typeof object.timezone !== "string" || object.timezone.length)
                        message.timezone = $String(object.timezone);
                if (object.spec != null)
                    if (typeof object.spec !== "string" || object.spec.length)
                        message.spec = $String(object.spec);
                return message;
            };

            /**
             * Creates a plain object from a DataType message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.DataType
             * @static
             * @param {laminardb.plan.DataType} message DataType
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DataType.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = options.enums === $String ? "NULL" : 0;
                    object.timezone = "";
                    object.spec = "";
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.laminardb.plan.TypeKind[message.kind] === $undefined ? message.kind : $root.laminardb.plan.TypeKind[message.kind] : message.kind;
                if (message.timezone != null && $Object.hasOwnProperty.call(message, "timezone"))
                    object.timezone = message.timezone;
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    object.spec = message.spec;
                return object;
            };

            /**
             * Converts this DataType to JSON.
             * @function toJSON
             * @memberof laminardb.plan.DataType
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DataType.prototype.toJSON = function() {
                return DataType.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DataType
             * @function getTypeUrl
             * @memberof laminardb.plan.DataType
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DataType.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.DataType";
            };

            return DataType;
        })();

        plan.Field = (function() {

            /**
             * Properties of a Field.
             * @typedef {Object} laminardb.plan.Field.$Properties
             * @property {string|null} [name] Field name
             * @property {laminardb.plan.DataType.$Properties|null} [type] Field type
             * @property {boolean|null} [nullable] Field nullable
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Field.
             * @memberof laminardb.plan
             * @interface IField
             * @augments laminardb.plan.Field.$Properties
             * @deprecated Use laminardb.plan.Field.$Properties instead.
             */

            /**
             * Shape of a Field.
             * @typedef {laminardb.plan.Field.$Properties} laminardb.plan.Field.$Shape
             */

            /**
             * Constructs a new Field.
             * @memberof laminardb.plan
             * @classdesc Represents a Field.
             * @constructor
             * @param {laminardb.plan.Field.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Field = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Field name.
             * @member {string} name
             * @memberof laminardb.plan.Field
             * @instance
             */
            Field.prototype.name = "";

            /**
             * Field type.
             * @member {laminardb.plan.DataType.$Properties|null|undefined} type
             * @memberof laminardb.plan.Field
             * @instance
             */
            Field.prototype.type = null;

            /**
             * Field nullable.
             * @member {boolean} nullable
             * @memberof laminardb.plan.Field
             * @instance
             */
            Field.prototype.nullable = false;

            /**
             * Creates a new Field instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.Field
             * @static
             * @param {laminardb.plan.Field.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.Field} Field instance
             * @type {{
             *   (properties: laminardb.plan.Field.$Shape): laminardb.plan.Field & laminardb.plan.Field.$Shape;
             *   (properties?: laminardb.plan.Field.$Properties): laminardb.plan.Field;
             * }}
             */
            Field.create = function(properties) {
                return new Field(properties);
            };

            /**
             * Encodes the specified Field message. Does not implicitly {@link laminardb.plan.Field.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.Field
             * @static
             * @param {laminardb.plan.Field.$Properties} message Field message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Field.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    $root.laminardb.plan.DataType.encode(message.type, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.nullable != null && $Object.hasOwnProperty.call(message, "nullable") && message.nullable !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.nullable);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Field message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.Field
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.Field & laminardb.plan.Field.$Shape} Field
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Field.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.Field();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.type = $root.laminardb.plan.DataType.decode(reader, reader.size(), $undefined, _depth + 1, message.type);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.nullable = value;
                            else
                                delete message.nullable;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Field message.
             * @function verify
             * @memberof laminardb.plan.Field
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Field.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                    let error = $root.laminardb.plan.DataType.verify(message.type, _depth + 1);
                    if (error)
                        return "type." + error;
                }
                if (message.nullable != null && $Object.hasOwnProperty.call(message, "nullable"))
                    if (typeof message.nullable !== "boolean")
                        return "nullable: boolean expected";
                return null;
            };

            /**
             * Creates a Field message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.Field
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.Field} Field
             */
            Field.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.Field)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.Field: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.Field();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.type != null) {
                    if (!$util.isObject(object.type))
                        throw $TypeError(".laminardb.plan.Field.type: object expected");
                    message.type = $root.laminardb.plan.DataType.fromObject(object.type, _depth + 1);
                }
                if (object.nullable != null)
                    if (object.nullable)
                        message.nullable = $Boolean(object.nullable);
                return message;
            };

            /**
             * Creates a plain object from a Field message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.Field
             * @static
             * @param {laminardb.plan.Field} message Field
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Field.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.type = null;
                    object.nullable = false;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = $root.laminardb.plan.DataType.toObject(message.type, options, _depth + 1);
                if (message.nullable != null && $Object.hasOwnProperty.call(message, "nullable"))
                    object.nullable = message.nullable;
                return object;
            };

            /**
             * Converts this Field to JSON.
             * @function toJSON
             * @memberof laminardb.plan.Field
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Field.prototype.toJSON = function() {
                return Field.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Field
             * @function getTypeUrl
             * @memberof laminardb.plan.Field
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Field.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.Field";
            };

            return Field;
        })();

        plan.Schema = (function() {

            /**
             * Properties of a Schema.
             * @typedef {Object} laminardb.plan.Schema.$Properties
             * @property {Array.<laminardb.plan.Field.$Properties>|null} [fields] Schema fields
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Schema.
             * @memberof laminardb.plan
             * @interface ISchema
             * @augments laminardb.plan.Schema.$Properties
             * @deprecated Use laminardb.plan.Schema.$Properties instead.
             */

            /**
             * Shape of a Schema.
             * @typedef {laminardb.plan.Schema.$Properties} laminardb.plan.Schema.$Shape
             */

            /**
             * Constructs a new Schema.
             * @memberof laminardb.plan
             * @classdesc Represents a Schema.
             * @constructor
             * @param {laminardb.plan.Schema.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Schema = function (properties) {
                this.fields = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Schema fields.
             * @member {Array.<laminardb.plan.Field.$Properties>} fields
             * @memberof laminardb.plan.Schema
             * @instance
             */
            Schema.prototype.fields = $util.emptyArray;

            /**
             * Creates a new Schema instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.Schema
             * @static
             * @param {laminardb.plan.Schema.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.Schema} Schema instance
             * @type {{
             *   (properties: laminardb.plan.Schema.$Shape): laminardb.plan.Schema & laminardb.plan.Schema.$Shape;
             *   (properties?: laminardb.plan.Schema.$Properties): laminardb.plan.Schema;
             * }}
             */
            Schema.create = function(properties) {
                return new Schema(properties);
            };

            /**
             * Encodes the specified Schema message. Does not implicitly {@link laminardb.plan.Schema.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.Schema
             * @static
             * @param {laminardb.plan.Schema.$Properties} message Schema message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Schema.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fields != null && message.fields.length)
                    for (let i = 0; i < message.fields.length; ++i)
                        $root.laminardb.plan.Field.encode(message.fields[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Schema message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.Schema
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.Schema & laminardb.plan.Schema.$Shape} Schema
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Schema.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.Schema();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.fields && message.fields.length))
                                message.fields = [];
                            message.fields.push($root.laminardb.plan.Field.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Schema message.
             * @function verify
             * @memberof laminardb.plan.Schema
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Schema.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.fields != null && $Object.hasOwnProperty.call(message, "fields")) {
                    if (!$Array.isArray(message.fields))
                        return "fields: array expected";
                    for (let i = 0; i < message.fields.length; ++i) {
                        let error = $root.laminardb.plan.Field.verify(message.fields[i], _depth + 1);
                        if (error)
                            return "fields." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Schema message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.Schema
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.Schema} Schema
             */
            Schema.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.Schema)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.Schema: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.Schema();
                if (object.fields) {
                    if (!$Array.isArray(object.fields))
                        throw $TypeError(".laminardb.plan.Schema.fields: array expected");
                    message.fields = $Array(object.fields.length);
                    for (let i = 0; i < object.fields.length; ++i) {
                        if (!$util.isObject(object.fields[i]))
                            throw $TypeError(".laminardb.plan.Schema.fields: object expected");
                        message.fields[i] = $root.laminardb.plan.Field.fromObject(object.fields[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Schema message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.Schema
             * @static
             * @param {laminardb.plan.Schema} message Schema
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Schema.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.fields = [];
                if (message.fields && message.fields.length) {
                    object.fields = $Array(message.fields.length);
                    for (let j = 0; j < message.fields.length; ++j)
                        object.fields[j] = $root.laminardb.plan.Field.toObject(message.fields[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Schema to JSON.
             * @function toJSON
             * @memberof laminardb.plan.Schema
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Schema.prototype.toJSON = function() {
                return Schema.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Schema
             * @function getTypeUrl
             * @memberof laminardb.plan.Schema
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Schema.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.Schema";
            };

            return Schema;
        })();

        plan.PlanNode = (function() {

            /**
             * Properties of a PlanNode.
             * @typedef {Object} laminardb.plan.PlanNode.$Properties
             * @property {number|null} [id] PlanNode id
             * @property {string|null} [name] PlanNode name
             * @property {laminardb.plan.SourceNode.$Properties|null} [source] PlanNode source
             * @property {laminardb.plan.WatermarkNode.$Properties|null} [watermark] PlanNode watermark
             * @property {laminardb.plan.FilterNode.$Properties|null} [filter] PlanNode filter
             * @property {laminardb.plan.ProjectNode.$Properties|null} [project] PlanNode project
             * @property {laminardb.plan.MapNode.$Properties|null} [map] PlanNode map
             * @property {laminardb.plan.UnionNode.$Properties|null} [union] PlanNode union
             * @property {laminardb.plan.GroupAggregateNode.$Properties|null} [groupAggregate] PlanNode groupAggregate
             * @property {laminardb.plan.WindowAggregateNode.$Properties|null} [windowAggregate] PlanNode windowAggregate
             * @property {laminardb.plan.CalcNode.$Properties|null} [calc] PlanNode calc
             * @property {laminardb.plan.SinkNode.$Properties|null} [sink] PlanNode sink
             * @property {laminardb.plan.SortNode.$Properties|null} [sort] PlanNode sort
             * @property {laminardb.plan.LimitNode.$Properties|null} [limit] PlanNode limit
             * @property {laminardb.plan.LateRowsNode.$Properties|null} [lateRows] PlanNode lateRows
             * @property {laminardb.plan.TemporalFilterNode.$Properties|null} [temporalFilter] PlanNode temporalFilter
             * @property {laminardb.plan.WindowAggregateNode.$Properties|null} [sessionAggregate] PlanNode sessionAggregate
             * @property {laminardb.plan.JoinNode.$Properties|null} [join] PlanNode join
             * @property {laminardb.plan.AsofJoinNode.$Properties|null} [asofJoin] PlanNode asofJoin
             * @property {laminardb.plan.LookupJoinNode.$Properties|null} [lookupJoin] PlanNode lookupJoin
             * @property {laminardb.plan.OverNode.$Properties|null} [over] PlanNode over
             * @property {laminardb.plan.TemporalProbeJoinNode.$Properties|null} [temporalProbeJoin] PlanNode temporalProbeJoin
             * @property {laminardb.plan.TemporalJoinNode.$Properties|null} [temporalJoin] PlanNode temporalJoin
             * @property {"source"|"watermark"|"filter"|"project"|"map"|"union"|"groupAggregate"|"windowAggregate"|"calc"|"sink"|"sort"|"limit"|"lateRows"|"temporalFilter"|"sessionAggregate"|"join"|"asofJoin"|"lookupJoin"|"over"|"temporalProbeJoin"|"temporalJoin"} [body] PlanNode body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlanNode.
             * @memberof laminardb.plan
             * @interface IPlanNode
             * @augments laminardb.plan.PlanNode.$Properties
             * @deprecated Use laminardb.plan.PlanNode.$Properties instead.
             */

            /**
             * Narrowed shape of a PlanNode.
             * @typedef {{
             *   id?: number|null;
             *   name?: string|null;
             *   source?: laminardb.plan.SourceNode.$Shape|null;
             *   watermark?: laminardb.plan.WatermarkNode.$Shape|null;
             *   filter?: laminardb.plan.FilterNode.$Shape|null;
             *   project?: laminardb.plan.ProjectNode.$Shape|null;
             *   map?: laminardb.plan.MapNode.$Shape|null;
             *   union?: laminardb.plan.UnionNode.$Shape|null;
             *   groupAggregate?: laminardb.plan.GroupAggregateNode.$Shape|null;
             *   windowAggregate?: laminardb.plan.WindowAggregateNode.$Shape|null;
             *   calc?: laminardb.plan.CalcNode.$Shape|null;
             *   sink?: laminardb.plan.SinkNode.$Shape|null;
             *   sort?: laminardb.plan.SortNode.$Shape|null;
             *   limit?: laminardb.plan.LimitNode.$Shape|null;
             *   lateRows?: laminardb.plan.LateRowsNode.$Shape|null;
             *   temporalFilter?: laminardb.plan.TemporalFilterNode.$Shape|null;
             *   sessionAggregate?: laminardb.plan.WindowAggregateNode.$Shape|null;
             *   join?: laminardb.plan.JoinNode.$Shape|null;
             *   asofJoin?: laminardb.plan.AsofJoinNode.$Shape|null;
             *   lookupJoin?: laminardb.plan.LookupJoinNode.$Shape|null;
             *   over?: laminardb.plan.OverNode.$Shape|null;
             *   temporalProbeJoin?: laminardb.plan.TemporalProbeJoinNode.$Shape|null;
             *   temporalJoin?: laminardb.plan.TemporalJoinNode.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "source"; source: laminardb.plan.SourceNode.$Shape; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "watermark"; source?: null; watermark: laminardb.plan.WatermarkNode.$Shape; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "filter"; source?: null; watermark?: null; filter: laminardb.plan.FilterNode.$Shape; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "project"; source?: null; watermark?: null; filter?: null; project: laminardb.plan.ProjectNode.$Shape; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "map"; source?: null; watermark?: null; filter?: null; project?: null; map: laminardb.plan.MapNode.$Shape; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "union"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union: laminardb.plan.UnionNode.$Shape; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "groupAggregate"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate: laminardb.plan.GroupAggregateNode.$Shape; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "windowAggregate"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate: laminardb.plan.WindowAggregateNode.$Shape; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "calc"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc: laminardb.plan.CalcNode.$Shape; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "sink"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink: laminardb.plan.SinkNode.$Shape; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "sort"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort: laminardb.plan.SortNode.$Shape; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "limit"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit: laminardb.plan.LimitNode.$Shape; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "lateRows"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows: laminardb.plan.LateRowsNode.$Shape; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "temporalFilter"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter: laminardb.plan.TemporalFilterNode.$Shape; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "sessionAggregate"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate: laminardb.plan.WindowAggregateNode.$Shape; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "join"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join: laminardb.plan.JoinNode.$Shape; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "asofJoin"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin: laminardb.plan.AsofJoinNode.$Shape; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "lookupJoin"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin: laminardb.plan.LookupJoinNode.$Shape; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "over"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over: laminardb.plan.OverNode.$Shape; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "temporalProbeJoin"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin: laminardb.plan.TemporalProbeJoinNode.$Shape; temporalJoin?: null }|{ body?: "temporalJoin"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin: laminardb.plan.TemporalJoinNode.$Shape })
             * )} laminardb.plan.PlanNode.$Shape
             */

            /**
             * Constructs a new PlanNode.
             * @memberof laminardb.plan
             * @classdesc Represents a PlanNode.
             * @constructor
             * @param {laminardb.plan.PlanNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlanNode = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PlanNode id.
             * @member {number} id
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.id = 0;

            /**
             * PlanNode name.
             * @member {string} name
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.name = "";

            /**
             * PlanNode source.
             * @member {laminardb.plan.SourceNode.$Properties|null|undefined} source
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.source = null;

            /**
             * PlanNode watermark.
             * @member {laminardb.plan.WatermarkNode.$Properties|null|undefined} watermark
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.watermark = null;

            /**
             * PlanNode filter.
             * @member {laminardb.plan.FilterNode.$Properties|null|undefined} filter
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.filter = null;

            /**
             * PlanNode project.
             * @member {laminardb.plan.ProjectNode.$Properties|null|undefined} project
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.project = null;

            /**
             * PlanNode map.
             * @member {laminardb.plan.MapNode.$Properties|null|undefined} map
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.map = null;

            /**
             * PlanNode union.
             * @member {laminardb.plan.UnionNode.$Properties|null|undefined} union
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.union = null;

            /**
             * PlanNode groupAggregate.
             * @member {laminardb.plan.GroupAggregateNode.$Properties|null|undefined} groupAggregate
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.groupAggregate = null;

            /**
             * PlanNode windowAggregate.
             * @member {laminardb.plan.WindowAggregateNode.$Properties|null|undefined} windowAggregate
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.windowAggregate = null;

            /**
             * PlanNode calc.
             * @member {laminardb.plan.CalcNode.$Properties|null|undefined} calc
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.calc = null;

            /**
             * PlanNode sink.
             * @member {laminardb.plan.SinkNode.$Properties|null|undefined} sink
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.sink = null;

            /**
             * PlanNode sort.
             * @member {laminardb.plan.SortNode.$Properties|null|undefined} sort
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.sort = null;

            /**
             * PlanNode limit.
             * @member {laminardb.plan.LimitNode.$Properties|null|undefined} limit
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.limit = null;

            /**
             * PlanNode lateRows.
             * @member {laminardb.plan.LateRowsNode.$Properties|null|undefined} lateRows
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.lateRows = null;

            /**
             * PlanNode temporalFilter.
             * @member {laminardb.plan.TemporalFilterNode.$Properties|null|undefined} temporalFilter
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.temporalFilter = null;

            /**
             * PlanNode sessionAggregate.
             * @member {laminardb.plan.WindowAggregateNode.$Properties|null|undefined} sessionAggregate
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.sessionAggregate = null;

            /**
             * PlanNode join.
             * @member {laminardb.plan.JoinNode.$Properties|null|undefined} join
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.join = null;

            /**
             * PlanNode asofJoin.
             * @member {laminardb.plan.AsofJoinNode.$Properties|null|undefined} asofJoin
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.asofJoin = null;

            /**
             * PlanNode lookupJoin.
             * @member {laminardb.plan.LookupJoinNode.$Properties|null|undefined} lookupJoin
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.lookupJoin = null;

            /**
             * PlanNode over.
             * @member {laminardb.plan.OverNode.$Properties|null|undefined} over
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.over = null;

            /**
             * PlanNode temporalProbeJoin.
             * @member {laminardb.plan.TemporalProbeJoinNode.$Properties|null|undefined} temporalProbeJoin
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.temporalProbeJoin = null;

            /**
             * PlanNode temporalJoin.
             * @member {laminardb.plan.TemporalJoinNode.$Properties|null|undefined} temporalJoin
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            PlanNode.prototype.temporalJoin = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * PlanNode body.
             * @member {"source"|"watermark"|"filter"|"project"|"map"|"union"|"groupAggregate"|"windowAggregate"|"calc"|"sink"|"sort"|"limit"|"lateRows"|"temporalFilter"|"sessionAggregate"|"join"|"asofJoin"|"lookupJoin"|"over"|"temporalProbeJoin"|"temporalJoin"|undefined} body
             * @memberof laminardb.plan.PlanNode
             * @instance
             */
            $Object.defineProperty(PlanNode.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["source", "watermark", "filter", "project", "map", "union", "groupAggregate", "windowAggregate", "calc", "sink", "sort", "limit", "lateRows", "temporalFilter", "sessionAggregate", "join", "asofJoin", "lookupJoin", "over", "temporalProbeJoin", "temporalJoin"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PlanNode instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.PlanNode
             * @static
             * @param {laminardb.plan.PlanNode.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.PlanNode} PlanNode instance
             * @type {{
             *   (properties: laminardb.plan.PlanNode.$Shape): laminardb.plan.PlanNode & laminardb.plan.PlanNode.$Shape;
             *   (properties?: laminardb.plan.PlanNode.$Properties): laminardb.plan.PlanNode;
             * }}
             */
            PlanNode.create = function(properties) {
                return new PlanNode(properties);
            };

            /**
             * Encodes the specified PlanNode message. Does not implicitly {@link laminardb.plan.PlanNode.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.PlanNode
             * @static
             * @param {laminardb.plan.PlanNode.$Properties} message PlanNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    $root.laminardb.plan.SourceNode.encode(message.source, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.watermark != null && $Object.hasOwnProperty.call(message, "watermark"))
                    $root.laminardb.plan.WatermarkNode.encode(message.watermark, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    $root.laminardb.plan.FilterNode.encode(message.filter, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.project != null && $Object.hasOwnProperty.call(message, "project"))
                    $root.laminardb.plan.ProjectNode.encode(message.project, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.map != null && $Object.hasOwnProperty.call(message, "map"))
                    $root.laminardb.plan.MapNode.encode(message.map, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.union != null && $Object.hasOwnProperty.call(message, "union"))
                    $root.laminardb.plan.UnionNode.encode(message.union, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.groupAggregate != null && $Object.hasOwnProperty.call(message, "groupAggregate"))
                    $root.laminardb.plan.GroupAggregateNode.encode(message.groupAggregate, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.windowAggregate != null && $Object.hasOwnProperty.call(message, "windowAggregate"))
                    $root.laminardb.plan.WindowAggregateNode.encode(message.windowAggregate, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.calc != null && $Object.hasOwnProperty.call(message, "calc"))
                    $root.laminardb.plan.CalcNode.encode(message.calc, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.sink != null && $Object.hasOwnProperty.call(message, "sink"))
                    $root.laminardb.plan.SinkNode.encode(message.sink, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.sort != null && $Object.hasOwnProperty.call(message, "sort"))
                    $root.laminardb.plan.SortNode.encode(message.sort, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    $root.laminardb.plan.LimitNode.encode(message.limit, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.lateRows != null && $Object.hasOwnProperty.call(message, "lateRows"))
                    $root.laminardb.plan.LateRowsNode.encode(message.lateRows, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.temporalFilter != null && $Object.hasOwnProperty.call(message, "temporalFilter"))
                    $root.laminardb.plan.TemporalFilterNode.encode(message.temporalFilter, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.sessionAggregate != null && $Object.hasOwnProperty.call(message, "sessionAggregate"))
                    $root.laminardb.plan.WindowAggregateNode.encode(message.sessionAggregate, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.join != null && $Object.hasOwnProperty.call(message, "join"))
                    $root.laminardb.plan.JoinNode.encode(message.join, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
                if (message.asofJoin != null && $Object.hasOwnProperty.call(message, "asofJoin"))
                    $root.laminardb.plan.AsofJoinNode.encode(message.asofJoin, writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
                if (message.lookupJoin != null && $Object.hasOwnProperty.call(message, "lookupJoin"))
                    $root.laminardb.plan.LookupJoinNode.encode(message.lookupJoin, writer.uint32(/* id 27, wireType 2 =*/218).fork(), _depth + 1).ldelim();
                if (message.over != null && $Object.hasOwnProperty.call(message, "over"))
                    $root.laminardb.plan.OverNode.encode(message.over, writer.uint32(/* id 28, wireType 2 =*/226).fork(), _depth + 1).ldelim();
                if (message.temporalProbeJoin != null && $Object.hasOwnProperty.call(message, "temporalProbeJoin"))
                    $root.laminardb.plan.TemporalProbeJoinNode.encode(message.temporalProbeJoin, writer.uint32(/* id 29, wireType 2 =*/234).fork(), _depth + 1).ldelim();
                if (message.temporalJoin != null && $Object.hasOwnProperty.call(message, "temporalJoin"))
                    $root.laminardb.plan.TemporalJoinNode.encode(message.temporalJoin, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PlanNode message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.PlanNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.PlanNode & laminardb.plan.PlanNode.$Shape} PlanNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.PlanNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.source = $root.laminardb.plan.SourceNode.decode(reader, reader.size(), $undefined, _depth + 1, message.source);
                            message.body = "source";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.watermark = $root.laminardb.plan.WatermarkNode.decode(reader, reader.size(), $undefined, _depth + 1, message.watermark);
                            message.body = "watermark";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.filter = $root.laminardb.plan.FilterNode.decode(reader, reader.size(), $undefined, _depth + 1, message.filter);
                            message.body = "filter";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.project = $root.laminardb.plan.ProjectNode.decode(reader, reader.size(), $undefined, _depth + 1, message.project);
                            message.body = "project";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.map = $root.laminardb.plan.MapNode.decode(reader, reader.size(), $undefined, _depth + 1, message.map);
                            message.body = "map";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.union = $root.laminardb.plan.UnionNode.decode(reader, reader.size(), $undefined, _depth + 1, message.union);
                            message.body = "union";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.groupAggregate = $root.laminardb.plan.GroupAggregateNode.decode(reader, reader.size(), $undefined, _depth + 1, message.groupAggregate);
                            message.body = "groupAggregate";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.windowAggregate = $root.laminardb.plan.WindowAggregateNode.decode(reader, reader.size(), $undefined, _depth + 1, message.windowAggregate);
                            message.body = "windowAggregate";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.calc = $root.laminardb.plan.CalcNode.decode(reader, reader.size(), $undefined, _depth + 1, message.calc);
                            message.body = "calc";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.sink = $root.laminardb.plan.SinkNode.decode(reader, reader.size(), $undefined, _depth + 1, message.sink);
                            message.body = "sink";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.sort = $root.laminardb.plan.SortNode.decode(reader, reader.size(), $undefined, _depth + 1, message.sort);
                            message.body = "sort";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.limit = $root.laminardb.plan.LimitNode.decode(reader, reader.size(), $undefined, _depth + 1, message.limit);
                            message.body = "limit";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.lateRows = $root.laminardb.plan.LateRowsNode.decode(reader, reader.size(), $undefined, _depth + 1, message.lateRows);
                            message.body = "lateRows";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.temporalFilter = $root.laminardb.plan.TemporalFilterNode.decode(reader, reader.size(), $undefined, _depth + 1, message.temporalFilter);
                            message.body = "temporalFilter";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.sessionAggregate = $root.laminardb.plan.WindowAggregateNode.decode(reader, reader.size(), $undefined, _depth + 1, message.sessionAggregate);
                            message.body = "sessionAggregate";
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            message.join = $root.laminardb.plan.JoinNode.decode(reader, reader.size(), $undefined, _depth + 1, message.join);
                            message.body = "join";
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            message.asofJoin = $root.laminardb.plan.AsofJoinNode.decode(reader, reader.size(), $undefined, _depth + 1, message.asofJoin);
                            message.body = "asofJoin";
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            message.lookupJoin = $root.laminardb.plan.LookupJoinNode.decode(reader, reader.size(), $undefined, _depth + 1, message.lookupJoin);
                            message.body = "lookupJoin";
                            continue;
                        }
                    case 28: {
                            if (wireType !== 2)
                                break;
                            message.over = $root.laminardb.plan.OverNode.decode(reader, reader.size(), $undefined, _depth + 1, message.over);
                            message.body = "over";
                            continue;
                        }
                    case 29: {
                            if (wireType !== 2)
                                break;
                            message.temporalProbeJoin = $root.laminardb.plan.TemporalProbeJoinNode.decode(reader, reader.size(), $undefined, _depth + 1, message.temporalProbeJoin);
                            message.body = "temporalProbeJoin";
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.temporalJoin = $root.laminardb.plan.TemporalJoinNode.decode(reader, reader.size(), $undefined, _depth + 1, message.temporalJoin);
                            message.body = "temporalJoin";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PlanNode message.
             * @function verify
             * @memberof laminardb.plan.PlanNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PlanNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id))
                        return "id: integer expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.source != null && $Object.hasOwnProperty.call(message, "source")) {
                    properties.body = 1;
                    {
                        let error = $root.laminardb.plan.SourceNode.verify(message.source, _depth + 1);
                        if (error)
                            return "source." + error;
                    }
                }
                if (message.watermark != null && $Object.hasOwnProperty.call(message, "watermark")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.laminardb.plan.WatermarkNode.verify(message.watermark, _depth + 1);
                        if (error)
                            return "watermark." + error;
                    }
                }
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.laminardb.plan.FilterNode.verify(message.filter, _depth + 1);
                        if (error)
                            return "filter." + error;
                    }
                }
                if (message.project != null && $Object.hasOwnProperty.call(message, "project")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.laminardb.plan.ProjectNode.verify(message.project, _depth + 1);
                        if (error)
                            return "project." + error;
                    }
                }
                if (message.map != null && $Object.hasOwnProperty.call(message, "map")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.laminardb.plan.MapNode.verify(message.map, _depth + 1);
                        if (error)
                            return "map." + error;
                    }
                }
                if (message.union != null && $Object.hasOwnProperty.call(message, "union")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.laminardb.plan.UnionNode.verify(message.union, _depth + 1);
                        if (error)
                            return "union." + error;
                    }
                }
                if (message.groupAggregate != null && $Object.hasOwnProperty.call(message, "groupAggregate")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.laminardb.plan.GroupAggregateNode.verify(message.groupAggregate, _depth + 1);
                        if (error)
                            return "groupAggregate." + error;
                    }
                }
                if (message.windowAggregate != null && $Object.hasOwnProperty.call(message, "windowAggregate")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.laminardb.plan.WindowAggregateNode.verify(message.windowAggregate, _depth + 1);
                        if (error)
                            return "windowAggregate." + error;
                    }
                }
                if (message.calc != null && $Object.hasOwnProperty.call(message, "calc")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.laminardb.plan.CalcNode.verify(message.calc, _depth + 1);
                        if (error)
                            return "calc." + error;
                    }
                }
                if (message.sink != null && $Object.hasOwnProperty.call(message, "sink")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.laminardb.plan.SinkNode.verify(message.sink, _depth + 1);
                        if (error)
                            return "sink." + error;
                    }
                }
                if (message.sort != null && $Object.hasOwnProperty.call(message, "sort")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.laminardb.plan.SortNode.verify(message.sort, _depth + 1);
                        if (error)
                            return "sort." + error;
                    }
                }
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.laminardb.plan.LimitNode.verify(message.limit, _depth + 1);
                        if (error)
                            return "limit." + error;
                    }
                }
                if (message.lateRows != null && $Object.hasOwnProperty.call(message, "lateRows")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.laminardb.plan.LateRowsNode.verify(message.lateRows, _depth + 1);
                        if (error)
                            return "lateRows." + error;
                    }
                }
                if (message.temporalFilter != null && $Object.hasOwnProperty.call(message, "temporalFilter")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.laminardb.plan.TemporalFilterNode.verify(message.temporalFilter, _depth + 1);
                        if (error)
                            return "temporalFilter." + error;
                    }
                }
                if (message.sessionAggregate != null && $Object.hasOwnProperty.call(message, "sessionAggregate")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.laminardb.plan.WindowAggregateNode.verify(message.sessionAggregate, _depth + 1);
                        if (error)
                            return "sessionAggregate." + error;
                    }
                }
                if (message.join != null && $Object.hasOwnProperty.call(message, "join")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.laminardb.plan.JoinNode.verify(message.join, _depth + 1);
                        if (error)
                            return "join." + error;
                    }
                }
                if (message.asofJoin != null && $Object.hasOwnProperty.call(message, "asofJoin")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.laminardb.plan.AsofJoinNode.verify(message.asofJoin, _depth + 1);
                        if (error)
                            return "asofJoin." + error;
                    }
                }
                if (message.lookupJoin != null && $Object.hasOwnProperty.call(message, "lookupJoin")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.laminardb.plan.LookupJoinNode.verify(message.lookupJoin, _depth + 1);
                        if (error)
                            return "lookupJoin." + error;
                    }
                }
                if (message.over != null && $Object.hasOwnProperty.call(message, "over")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.laminardb.plan.OverNode.verify(message.over, _depth + 1);
                        if (error)
                            return "over." + error;
                    }
                }
                if (message.temporalProbeJoin != null && $Object.hasOwnProperty.call(message, "temporalProbeJoin")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.laminardb.plan.TemporalProbeJoinNode.verify(message.temporalProbeJoin, _depth + 1);
                        if (error)
                            return "temporalProbeJoin." + error;
                    }
                }
                if (message.temporalJoin != null && $Object.hasOwnProperty.call(message, "temporalJoin")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.laminardb.plan.TemporalJoinNode.verify(message.temporalJoin, _depth + 1);
                        if (error)
                            return "temporalJoin." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a PlanNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.PlanNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.PlanNode} PlanNode
             */
            PlanNode.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.PlanNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.PlanNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.PlanNode();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.source != null) {
                    if (!$util.isObject(object.source))
                        throw $TypeError(".laminardb.plan.PlanNode.source: object expected");
                    message.source = $root.laminardb.plan.SourceNode.fromObject(object.source, _depth + 1);
                }
                if (object.watermark != null) {
                    if (!$util.isObject(object.watermark))
                        throw $TypeError(".laminardb.plan.PlanNode.watermark: object expected");
                    message.watermark = $root.laminardb.plan.WatermarkNode.fromObject(object.watermark, _depth + 1);
                }
                if (object.filter != null) {
                    if (!$util.isObject(object.filter))
                        throw $TypeError(".laminardb.plan.PlanNode.filter: object expected");
                    message.filter = $root.laminardb.plan.FilterNode.fromObject(object.filter, _depth + 1);
                }
                if (object.project != null) {
                    if (!$util.isObject(object.project))
                        throw $TypeError(".laminardb.plan.PlanNode.project: object expected");
                    message.project = $root.laminardb.plan.ProjectNode.fromObject(object.project, _depth + 1);
                }
                if (object.map != null) {
                    if (!$util.isObject(object.map))
                        throw $TypeError(".laminardb.plan.PlanNode.map: object expected");
                    message.map = $root.laminardb.plan.MapNode.fromObject(object.map, _depth + 1);
                }
                if (object.union != null) {
                    if (!$util.isObject(object.union))
                        throw $TypeError(".laminardb.plan.PlanNode.union: object expected");
                    message.union = $root.laminardb.plan.UnionNode.fromObject(object.union, _depth + 1);
                }
                if (object.groupAggregate != null) {
                    if (!$util.isObject(object.groupAggregate))
                        throw $TypeError(".laminardb.plan.PlanNode.groupAggregate: object expected");
                    message.groupAggregate = $root.laminardb.plan.GroupAggregateNode.fromObject(object.groupAggregate, _depth + 1);
                }
                if (object.windowAggregate != null) {
                    if (!$util.isObject(object.windowAggregate))
                        throw $TypeError(".laminardb.plan.PlanNode.windowAggregate: object expected");
                    message.windowAggregate = $root.laminardb.plan.WindowAggregateNode.fromObject(object.windowAggregate, _depth + 1);
                }
                if (object.calc != null) {
                    if (!$util.isObject(object.calc))
                        throw $TypeError(".laminardb.plan.PlanNode.calc: object expected");
                    message.calc = $root.laminardb.plan.CalcNode.fromObject(object.calc, _depth + 1);
                }
                if (object.sink != null) {
                    if (!$util.isObject(object.sink))
                        throw $TypeError(".laminardb.plan.PlanNode.sink: object expected");
                    message.sink = $root.laminardb.plan.SinkNode.fromObject(object.sink, _depth + 1);
                }
                if (object.sort != null) {
                    if (!$util.isObject(object.sort))
                        throw $TypeError(".laminardb.plan.PlanNode.sort: object expected");
                    message.sort = $root.laminardb.plan.SortNode.fromObject(object.sort, _depth + 1);
                }
                if (object.limit != null) {
                    if (!$util.isObject(object.limit))
                        throw $TypeError(".laminardb.plan.PlanNode.limit: object expected");
                    message.limit = $root.laminardb.plan.LimitNode.fromObject(object.limit, _depth + 1);
                }
                if (object.lateRows != null) {
                    if (!$util.isObject(object.lateRows))
                        throw $TypeError(".laminardb.plan.PlanNode.lateRows: object expected");
                    message.lateRows = $root.laminardb.plan.LateRowsNode.fromObject(object.lateRows, _depth + 1);
                }
                if (object.temporalFilter != null) {
                    if (!$util.isObject(object.temporalFilter))
                        throw $TypeError(".laminardb.plan.PlanNode.temporalFilter: object expected");
                    message.temporalFilter = $root.laminardb.plan.TemporalFilterNode.fromObject(object.temporalFilter, _depth + 1);
                }
                if (object.sessionAggregate != null) {
                    if (!$util.isObject(object.sessionAggregate))
                        throw $TypeError(".laminardb.plan.PlanNode.sessionAggregate: object expected");
                    message.sessionAggregate = $root.laminardb.plan.WindowAggregateNode.fromObject(object.sessionAggregate, _depth + 1);
                }
                if (object.join != null) {
                    if (!$util.isObject(object.join))
                        throw $TypeError(".laminardb.plan.PlanNode.join: object expected");
                    message.join = $root.laminardb.plan.JoinNode.fromObject(object.join, _depth + 1);
                }
                if (object.asofJoin != null) {
                    if (!$util.isObject(object.asofJoin))
                        throw $TypeError(".laminardb.plan.PlanNode.asofJoin: object expected");
                    message.asofJoin = $root.laminardb.plan.AsofJoinNode.fromObject(object.asofJoin, _depth + 1);
                }
                if (object.lookupJoin != null) {
                    if (!$util.isObject(object.lookupJoin))
                        throw $TypeError(".laminardb.plan.PlanNode.lookupJoin: object expected");
                    message.lookupJoin = $root.laminardb.plan.LookupJoinNode.fromObject(object.lookupJoin, _depth + 1);
                }
                if (object.over != null) {
                    if (!$util.isObject(object.over))
                        throw $TypeError(".laminardb.plan.PlanNode.over: object expected");
                    message.over = $root.laminardb.plan.OverNode.fromObject(object.over, _depth + 1);
                }
                if (object.temporalProbeJoin != null) {
                    if (!$util.isObject(object.temporalProbeJoin))
                        throw $TypeError(".laminardb.plan.PlanNode.temporalProbeJoin: object expected");
                    message.temporalProbeJoin = $root.laminardb.plan.TemporalProbeJoinNode.fromObject(object.temporalProbeJoin, _depth + 1);
                }
                if (object.temporalJoin != null) {
                    if (!$util.isObject(object.temporalJoin))
                        throw $TypeError(".laminardb.plan.PlanNode.temporalJoin: object expected");
                    message.temporalJoin = $root.laminardb.plan.TemporalJoinNode.fromObject(object.temporalJoin, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a PlanNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.PlanNode
             * @static
             * @param {laminardb.plan.PlanNode} message PlanNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PlanNode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.name = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source")) {
                    object.source = $root.laminardb.plan.SourceNode.toObject(message.source, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "source";
                }
                if (message.watermark != null && $Object.hasOwnProperty.call(message, "watermark")) {
                    object.watermark = $root.laminardb.plan.WatermarkNode.toObject(message.watermark, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "watermark";
                }
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter")) {
                    object.filter = $root.laminardb.plan.FilterNode.toObject(message.filter, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "filter";
                }
                if (message.project != null && $Object.hasOwnProperty.call(message, "project")) {
                    object.project = $root.laminardb.plan.ProjectNode.toObject(message.project, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "project";
                }
                if (message.map != null && $Object.hasOwnProperty.call(message, "map")) {
                    object.map = $root.laminardb.plan.MapNode.toObject(message.map, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "map";
                }
                if (message.union != null && $Object.hasOwnProperty.call(message, "union")) {
                    object.union = $root.laminardb.plan.UnionNode.toObject(message.union, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "union";
                }
                if (message.groupAggregate != null && $Object.hasOwnProperty.call(message, "groupAggregate")) {
                    object.groupAggregate = $root.laminardb.plan.GroupAggregateNode.toObject(message.groupAggregate, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "groupAggregate";
                }
                if (message.windowAggregate != null && $Object.hasOwnProperty.call(message, "windowAggregate")) {
                    object.windowAggregate = $root.laminardb.plan.WindowAggregateNode.toObject(message.windowAggregate, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "windowAggregate";
                }
                if (message.calc != null && $Object.hasOwnProperty.call(message, "calc")) {
                    object.calc = $root.laminardb.plan.CalcNode.toObject(message.calc, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "calc";
                }
                if (message.sink != null && $Object.hasOwnProperty.call(message, "sink")) {
                    object.sink = $root.laminardb.plan.SinkNode.toObject(message.sink, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "sink";
                }
                if (message.sort != null && $Object.hasOwnProperty.call(message, "sort")) {
                    object.sort = $root.laminardb.plan.SortNode.toObject(message.sort, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "sort";
                }
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit")) {
                    object.limit = $root.laminardb.plan.LimitNode.toObject(message.limit, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "limit";
                }
                if (message.lateRows != null && $Object.hasOwnProperty.call(message, "lateRows")) {
                    object.lateRows = $root.laminardb.plan.LateRowsNode.toObject(message.lateRows, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "lateRows";
                }
                if (message.temporalFilter != null && $Object.hasOwnProperty.call(message, "temporalFilter")) {
                    object.temporalFilter = $root.laminardb.plan.TemporalFilterNode.toObject(message.temporalFilter, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "temporalFilter";
                }
                if (message.sessionAggregate != null && $Object.hasOwnProperty.call(message, "sessionAggregate")) {
                    object.sessionAggregate = $root.laminardb.plan.WindowAggregateNode.toObject(message.sessionAggregate, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "sessionAggregate";
                }
                if (message.join != null && $Object.hasOwnProperty.call(message, "join")) {
                    object.join = $root.laminardb.plan.JoinNode.toObject(message.join, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "join";
                }
                if (message.asofJoin != null && $Object.hasOwnProperty.call(message, "asofJoin")) {
                    object.asofJoin = $root.laminardb.plan.AsofJoinNode.toObject(message.asofJoin, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "asofJoin";
                }
                if (message.lookupJoin != null && $Object.hasOwnProperty.call(message, "lookupJoin")) {
                    object.lookupJoin = $root.laminardb.plan.LookupJoinNode.toObject(message.lookupJoin, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "lookupJoin";
                }
                if (message.over != null && $Object.hasOwnProperty.call(message, "over")) {
                    object.over = $root.laminardb.plan.OverNode.toObject(message.over, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "over";
                }
                if (message.temporalProbeJoin != null && $Object.hasOwnProperty.call(message, "temporalProbeJoin")) {
                    object.temporalProbeJoin = $root.laminardb.plan.TemporalProbeJoinNode.toObject(message.temporalProbeJoin, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "temporalProbeJoin";
                }
                if (message.temporalJoin != null && $Object.hasOwnProperty.call(message, "temporalJoin")) {
                    object.temporalJoin = $root.laminardb.plan.TemporalJoinNode.toObject(message.temporalJoin, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "temporalJoin";
                }
                return object;
            };

            /**
             * Converts this PlanNode to JSON.
             * @function toJSON
             * @memberof laminardb.plan.PlanNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PlanNode.prototype.toJSON = function() {
                return PlanNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PlanNode
             * @function getTypeUrl
             * @memberof laminardb.plan.PlanNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlanNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.PlanNode";
            };

            return PlanNode;
        })();

        plan.JoinNode = (function() {

            /**
             * Properties of a JoinNode.
             * @typedef {Object} laminardb.plan.JoinNode.$Properties
             * @property {laminardb.plan.JoinNode.Type|null} [type] JoinNode type
             * @property {Array.<string>|null} [leftKeys] JoinNode leftKeys
             * @property {Array.<string>|null} [rightKeys] JoinNode rightKeys
             * @property {laminardb.plan.Expr.$Properties|null} [condition] JoinNode condition
             * @property {laminardb.plan.IntervalBound.$Properties|null} [interval] JoinNode interval
             * @property {boolean|null} [bounded] JoinNode bounded
             * @property {number|null} [ttlMs] JoinNode ttlMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JoinNode.
             * @memberof laminardb.plan
             * @interface IJoinNode
             * @augments laminardb.plan.JoinNode.$Properties
             * @deprecated Use laminardb.plan.JoinNode.$Properties instead.
             */

            /**
             * Shape of a JoinNode.
             * @typedef {{
             *   type?: laminardb.plan.JoinNode.Type|null;
             *   leftKeys?: Array.<string>|null;
             *   rightKeys?: Array.<string>|null;
             *   condition?: laminardb.plan.Expr.$Shape|null;
             *   interval?: laminardb.plan.IntervalBound.$Shape|null;
             *   bounded?: boolean|null;
             *   ttlMs?: number|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} laminardb.plan.JoinNode.$Shape
             */

            /**
             * Constructs a new JoinNode.
             * @memberof laminardb.plan
             * @classdesc Represents a JoinNode.
             * @constructor
             * @param {laminardb.plan.JoinNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JoinNode = function (properties) {
                this.leftKeys = [];
                this.rightKeys = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JoinNode type.
             * @member {laminardb.plan.JoinNode.Type} type
             * @memberof laminardb.plan.JoinNode
             * @instance
             */
            JoinNode.prototype.type = 0;

            /**
             * JoinNode leftKeys.
             * @member {Array.<string>} leftKeys
             * @memberof laminardb.plan.JoinNode
             * @instance
             */
            JoinNode.prototype.leftKeys = $util.emptyArray;

            /**
             * JoinNode rightKeys.
             * @member {Array.<string>} rightKeys
             * @memberof laminardb.plan.JoinNode
             * @instance
             */
            JoinNode.prototype.rightKeys = $util.emptyArray;

            /**
             * JoinNode condition.
             * @member {laminardb.plan.Expr.$Properties|null|undefined} condition
             * @memberof laminardb.plan.JoinNode
             * @instance
             */
            JoinNode.prototype.condition = null;

            /**
             * JoinNode interval.
             * @member {laminardb.plan.IntervalBound.$Properties|null|undefined} interval
             * @memberof laminardb.plan.JoinNode
             * @instance
             */
            JoinNode.prototype.interval = null;

            /**
             * JoinNode bounded.
             * @member {boolean} bounded
             * @memberof laminardb.plan.JoinNode
             * @instance
             */
            JoinNode.prototype.bounded = false;

            /**
             * JoinNode ttlMs.
             * @member {number} ttlMs
             * @memberof laminardb.plan.JoinNode
             * @instance
             */
            JoinNode.prototype.ttlMs = 0;

            /**
             * Creates a new JoinNode instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.JoinNode
             * @static
             * @param {laminardb.plan.JoinNode.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.JoinNode} JoinNode instance
             * @type {{
             *   (properties: laminardb.plan.JoinNode.$Shape): laminardb.plan.JoinNode & laminardb.plan.JoinNode.$Shape;
             *   (properties?: laminardb.plan.JoinNode.$Properties): laminardb.plan.JoinNode;
             * }}
             */
            JoinNode.create = function(properties) {
                return new JoinNode(properties);
            };

            /**
             * Encodes the specified JoinNode message. Does not implicitly {@link laminardb.plan.JoinNode.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.JoinNode
             * @static
             * @param {laminardb.plan.JoinNode.$Properties} message JoinNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                if (message.leftKeys != null && message.leftKeys.length)
                    for (let i = 0; i < message.leftKeys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.leftKeys[i]);
                if (message.rightKeys != null && message.rightKeys.length)
                    for (let i = 0; i < message.rightKeys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.rightKeys[i]);
                if (message.condition != null && $Object.hasOwnProperty.call(message, "condition"))
                    $root.laminardb.plan.Expr.encode(message.condition, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.interval != null && $Object.hasOwnProperty.call(message, "interval"))
                    $root.laminardb.plan.IntervalBound.encode(message.interval, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.bounded != null && $Object.hasOwnProperty.call(message, "bounded") && message.bounded !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.bounded);
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs") && !$Object.is(message.ttlMs, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.ttlMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JoinNode message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.JoinNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.JoinNode & laminardb.plan.JoinNode.$Shape} JoinNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.JoinNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.leftKeys && message.leftKeys.length))
                                message.leftKeys = [];
                            message.leftKeys.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rightKeys && message.rightKeys.length))
                                message.rightKeys = [];
                            message.rightKeys.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.condition = $root.laminardb.plan.Expr.decode(reader, reader.size(), $undefined, _depth + 1, message.condition);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.interval = $root.laminardb.plan.IntervalBound.decode(reader, reader.size(), $undefined, _depth + 1, message.interval);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.bounded = value;
                            else
                                delete message.bounded;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.ttlMs = value;
                            else
                                delete message.ttlMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a JoinNode message.
             * @function verify
             * @memberof laminardb.plan.JoinNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            JoinNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                        return "type: enum value expected";
                if (message.leftKeys != null && $Object.hasOwnProperty.call(message, "leftKeys")) {
                    if (!$Array.isArray(message.leftKeys))
                        return "leftKeys: array expected";
                    for (let i = 0; i < message.leftKeys.length; ++i)
                        if (!$util.isString(message.leftKeys[i]))
                            return "leftKeys: string[] expected";
                }
                if (message.rightKeys != null && $Object.hasOwnProperty.call(message, "rightKeys")) {
                    if (!$Array.isArray(message.rightKeys))
                        return "rightKeys: array expected";
                    for (let i = 0; i < message.rightKeys.length; ++i)
                        if (!$util.isString(message.rightKeys[i]))
                            return "rightKeys: string[] expected";
                }
                if (message.condition != null && $Object.hasOwnProperty.call(message, "condition")) {
                    let error = $root.laminardb.plan.Expr.verify(message.condition, _depth + 1);
                    if (error)
                        return "condition." + error;
                }
                if (message.interval != null && $Object.hasOwnProperty.call(message, "interval")) {
                    let error = $root.laminardb.plan.IntervalBound.verify(message.interval, _depth + 1);
                    if (error)
                        return "interval." + error;
                }
                if (message.bounded != null && $Object.hasOwnProperty.call(message, "bounded"))
                    if (typeof message.bounded !== "boolean")
                        return "bounded: boolean expected";
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs"))
                    if (typeof message.ttlMs !== "number")
                        return "ttlMs: number expected";
                return null;
            };

            /**
             * Creates a JoinNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.JoinNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.JoinNode} JoinNode
             */
            JoinNode.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.JoinNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.JoinNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.JoinNode();
                if (object.type !== 0 && (typeof object.type !== "string" || $root.laminardb.plan.JoinNode.Type[object.type] !== 0))
                    switch (object.type) {
                    case "INNER":
                    case 0:
                        message.type = 0;
                        break;
                    case "LEFT":
                    case 1:
                        message.type = 1;
                        break;
                    case "FULL":
                    case 3:
                        message.type = 3;
                        break;
                    case "SEMI":
                    case 4:
                        message.type = 4;
                        break;
                    case "ANTI":
                    case 5:
                        message.type = 5;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.leftKeys) {
                    if (!$Array.isArray(object.leftKeys))
                        throw $TypeError(".laminardb.plan.JoinNode.leftKeys: array expected");
                    message.leftKeys = $Array(object.leftKeys.length);
                    for (let i = 0; i < object.leftKeys.length; ++i)
                        message.leftKeys[i] = $String(object.leftKeys[i]);
                }
                if (object.rightKeys) {
                    if (!$Array.isArray(object.rightKeys))
                        throw $TypeError(".laminardb.plan.JoinNode.rightKeys: array expected");
                    message.rightKeys = $Array(object.rightKeys.length);
                    for (let i = 0; i < object.rightKeys.length; ++i)
                        message.rightKeys[i] = $String(object.rightKeys[i]);
                }
                if (object.condition != null) {
                    if (!$util.isObject(object.condition))
                        throw $TypeError(".laminardb.plan.JoinNode.condition: object expected");
                    message.condition = $root.laminardb.plan.Expr.fromObject(object.condition, _depth + 1);
                }
                if (object.interval != null) {
                    if (!$util.isObject(object.interval))
                        throw $TypeError(".laminardb.plan.JoinNode.interval: object expected");
                    message.interval = $root.laminardb.plan.IntervalBound.fromObject(object.interval, _depth + 1);
                }
                if (object.bounded != null)
                    if (object.bounded)
                        message.bounded = $Boolean(object.bounded);
                if (object.ttlMs != null)
                    if (!$Object.is($Number(object.ttlMs), 0))
                        message.ttlMs = $Number(object.ttlMs);
                return message;
            };

            /**
             * Creates a plain object from a JoinNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.JoinNode
             * @static
             * @param {laminardb.plan.JoinNode} message JoinNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JoinNode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.leftKeys = [];
                    object.rightKeys = [];
                }
                if (options.defaults) {
                    object.type = options.enums === $String ? "INNER" : 0;
                    object.condition = null;
                    object.interval = null;
                    object.bounded = false;
                    object.ttlMs = 0;
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.laminardb.plan.JoinNode.Type[message.type] === $undefined ? message.type : $root.laminardb.plan.JoinNode.Type[message.type] : message.type;
                if (message.leftKeys && message.leftKeys.length) {
                    object.leftKeys = $Array(message.leftKeys.length);
                    for (let j = 0; j < message.leftKeys.length; ++j)
                        object.leftKeys[j] = message.leftKeys[j];
                }
                if (message.rightKeys && message.rightKeys.length) {
                    object.rightKeys = $Array(message.rightKeys.length);
                    for (let j = 0; j < message.rightKeys.length; ++j)
                        object.rightKeys[j] = message.rightKeys[j];
                }
                if (message.condition != null && $Object.hasOwnProperty.call(message, "condition"))
                    object.condition = $root.laminardb.plan.Expr.toObject(message.condition, options, _depth + 1);
                if (message.interval != null && $Object.hasOwnProperty.call(message, "interval"))
                    object.interval = $root.laminardb.plan.IntervalBound.toObject(message.interval, options, _depth + 1);
                if (message.bounded != null && $Object.hasOwnProperty.call(message, "bounded"))
                    object.bounded = message.bounded;
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs"))
                    object.ttlMs = options.json && !$isFinite(message.ttlMs) ? $String(message.ttlMs) : message.ttlMs;
                return object;
            };

            /**
             * Converts this JoinNode to JSON.
             * @function toJSON
             * @memberof laminardb.plan.JoinNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JoinNode.prototype.toJSON = function() {
                return JoinNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for JoinNode
             * @function getTypeUrl
             * @memberof laminardb.plan.JoinNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            JoinNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.JoinNode";
            };

            /**
             * Type enum.
             * @name laminardb.plan.JoinNode.Type
             * @enum {number}
             * @property {number} INNER=0 INNER value
             * @property {number} LEFT=1 LEFT value
             * @property {number} FULL=3 FULL value
             * @property {number} SEMI=4 SEMI value
             * @property {number} ANTI=5 ANTI value
             */
            JoinNode.Type = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "INNER"] = 0;
                values[valuesById[1] = "LEFT"] = 1;
                values[valuesById[3] = "FULL"] = 3;
                values[valuesById[4] = "SEMI"] = 4;
                values[valuesById[5] = "ANTI"] = 5;
                return values;
            })();

            return JoinNode;
        })();

        plan.AsofJoinNode = (function() {

            /**
             * Properties of an AsofJoinNode.
             * @typedef {Object} laminardb.plan.AsofJoinNode.$Properties
             * @property {Array.<string>|null} [leftKeys] AsofJoinNode leftKeys
             * @property {Array.<string>|null} [rightKeys] AsofJoinNode rightKeys
             * @property {string|null} [leftTime] AsofJoinNode leftTime
             * @property {string|null} [rightTime] AsofJoinNode rightTime
             * @property {laminardb.plan.AsofJoinNode.Direction|null} [direction] AsofJoinNode direction
             * @property {boolean|null} [strict] AsofJoinNode strict
             * @property {number|null} [toleranceMs] AsofJoinNode toleranceMs
             * @property {boolean|null} [eager] AsofJoinNode eager
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AsofJoinNode.
             * @memberof laminardb.plan
             * @interface IAsofJoinNode
             * @augments laminardb.plan.AsofJoinNode.$Properties
             * @deprecated Use laminardb.plan.AsofJoinNode.$Properties instead.
             */

            /**
             * Shape of an AsofJoinNode.
             * @typedef {laminardb.plan.AsofJoinNode.$Properties} laminardb.plan.AsofJoinNode.$Shape
             */

            /**
             * Constructs a new AsofJoinNode.
             * @memberof laminardb.plan
             * @classdesc Represents an AsofJoinNode.
             * @constructor
             * @param {laminardb.plan.AsofJoinNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AsofJoinNode = function (properties) {
                this.leftKeys = [];
                this.rightKeys = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AsofJoinNode leftKeys.
             * @member {Array.<string>} leftKeys
             * @memberof laminardb.plan.AsofJoinNode
             * @instance
             */
            AsofJoinNode.prototype.leftKeys = $util.emptyArray;

            /**
             * AsofJoinNode rightKeys.
             * @member {Array.<string>} rightKeys
             * @memberof laminardb.plan.AsofJoinNode
             * @instance
             */
            AsofJoinNode.prototype.rightKeys = $util.emptyArray;

            /**
             * AsofJoinNode leftTime.
             * @member {string} leftTime
             * @memberof laminardb.plan.AsofJoinNode
             * @instance
             */
            AsofJoinNode.prototype.leftTime = "";

            /**
             * AsofJoinNode rightTime.
             * @member {string} rightTime
             * @memberof laminardb.plan.AsofJoinNode
             * @instance
             */
            AsofJoinNode.prototype.rightTime = "";

            /**
             * AsofJoinNode direction.
             * @member {laminardb.plan.AsofJoinNode.Direction} direction
             * @memberof laminardb.plan.AsofJoinNode
             * @instance
             */
            AsofJoinNode.prototype.direction = 0;

            /**
             * AsofJoinNode strict.
             * @member {boolean} strict
             * @memberof laminardb.plan.AsofJoinNode
             * @instance
             */
            AsofJoinNode.prototype.strict = false;

            /**
             * AsofJoinNode toleranceMs.
             * @member {number} toleranceMs
             * @memberof laminardb.plan.AsofJoinNode
             * @instance
             */
            AsofJoinNode.prototype.toleranceMs = 0;

            /**
             * AsofJoinNode eager.
             * @member {boolean} eager
             * @memberof laminardb.plan.AsofJoinNode
             * @instance
             */
            AsofJoinNode.prototype.eager = false;

            /**
             * Creates a new AsofJoinNode instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.AsofJoinNode
             * @static
             * @param {laminardb.plan.AsofJoinNode.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.AsofJoinNode} AsofJoinNode instance
             * @type {{
             *   (properties: laminardb.plan.AsofJoinNode.$Shape): laminardb.plan.AsofJoinNode & laminardb.plan.AsofJoinNode.$Shape;
             *   (properties?: laminardb.plan.AsofJoinNode.$Properties): laminardb.plan.AsofJoinNode;
             * }}
             */
            AsofJoinNode.create = function(properties) {
                return new AsofJoinNode(properties);
            };

            /**
             * Encodes the specified AsofJoinNode message. Does not implicitly {@link laminardb.plan.AsofJoinNode.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.AsofJoinNode
             * @static
             * @param {laminardb.plan.AsofJoinNode.$Properties} message AsofJoinNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AsofJoinNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.leftKeys != null && message.leftKeys.length)
                    for (let i = 0; i < message.leftKeys.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.leftKeys[i]);
                if (message.rightKeys != null && message.rightKeys.length)
                    for (let i = 0; i < message.rightKeys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.rightKeys[i]);
                if (message.leftTime != null && $Object.hasOwnProperty.call(message, "leftTime") && message.leftTime !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.leftTime);
                if (message.rightTime != null && $Object.hasOwnProperty.call(message, "rightTime") && message.rightTime !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.rightTime);
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction") && message.direction !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.direction);
                if (message.strict != null && $Object.hasOwnProperty.call(message, "strict") && message.strict !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.strict);
                if (message.toleranceMs != null && $Object.hasOwnProperty.call(message, "toleranceMs") && !$Object.is(message.toleranceMs, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.toleranceMs);
                if (message.eager != null && $Object.hasOwnProperty.call(message, "eager") && message.eager !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.eager);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AsofJoinNode message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.AsofJoinNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.AsofJoinNode & laminardb.plan.AsofJoinNode.$Shape} AsofJoinNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AsofJoinNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.AsofJoinNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.leftKeys && message.leftKeys.length))
                                message.leftKeys = [];
                            message.leftKeys.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rightKeys && message.rightKeys.length))
                                message.rightKeys = [];
                            message.rightKeys.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leftTime = value;
                            else
                                delete message.leftTime;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rightTime = value;
                            else
                                delete message.rightTime;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.direction = value;
                            else
                                delete message.direction;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.strict = value;
                            else
                                delete message.strict;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.toleranceMs = value;
                            else
                                delete message.toleranceMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.eager = value;
                            else
                                delete message.eager;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AsofJoinNode message.
             * @function verify
             * @memberof laminardb.plan.AsofJoinNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AsofJoinNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.leftKeys != null && $Object.hasOwnProperty.call(message, "leftKeys")) {
                    if (!$Array.isArray(message.leftKeys))
                        return "leftKeys: array expected";
                    for (let i = 0; i < message.leftKeys.length; ++i)
                        if (!$util.isString(message.leftKeys[i]))
                            return "leftKeys: string[] expected";
                }
                if (message.rightKeys != null && $Object.hasOwnProperty.call(message, "rightKeys")) {
                    if (!$Array.isArray(message.rightKeys))
                        return "rightKeys: array expected";
                    for (let i = 0; i < message.rightKeys.length; ++i)
                        if (!$util.isString(message.rightKeys[i]))
                            return "rightKeys: string[] expected";
                }
                if (message.leftTime != null && $Object.hasOwnProperty.call(message, "leftTime"))
                    if (!$util.isString(message.leftTime))
                        return "leftTime: string expected";
                if (message.rightTime != null && $Object.hasOwnProperty.call(message, "rightTime"))
                    if (!$util.isString(message.rightTime))
                        return "rightTime: string expected";
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction"))
                    if (typeof message.direction !== "number" || (message.direction | 0) !== message.direction)
                        return "direction: enum value expected";
                if (message.strict != null && $Object.hasOwnProperty.call(message, "strict"))
                    if (typeof message.strict !== "boolean")
                        return "strict: boolean expected";
                if (message.toleranceMs != null && $Object.hasOwnProperty.call(message, "toleranceMs"))
                    if (typeof message.toleranceMs !== "number")
                        return "toleranceMs: number expected";
                if (message.eager != null && $Object.hasOwnProperty.call(message, "eager"))
                    if (typeof message.eager !== "boolean")
                        return "eager: boolean expected";
                return null;
            };

            /**
             * Creates an AsofJoinNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.AsofJoinNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.AsofJoinNode} AsofJoinNode
             */
            AsofJoinNode.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.AsofJoinNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.AsofJoinNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.AsofJoinNode();
                if (object.leftKeys) {
                    if (!$Array.isArray(object.leftKeys))
                        throw $TypeError(".laminardb.plan.AsofJoinNode.leftKeys: array expected");
                    message.leftKeys = $Array(object.leftKeys.length);
                    for (let i = 0; i < object.leftKeys.length; ++i)
                        message.leftKeys[i] = $String(object.leftKeys[i]);
                }
                if (object.rightKeys) {
                    if (!$Array.isArray(object.rightKeys))
                        throw $TypeError(".laminardb.plan.AsofJoinNode.rightKeys: array expected");
                    message.rightKeys = $Array(object.rightKeys.length);
                    for (let i = 0; i < object.rightKeys.length; ++i)
                        message.rightKeys[i] = $String(object.rightKeys[i]);
                }
                if (object.leftTime != null)
                    if (typeof object.leftTime !== "string" || object.leftTime.length)
                        message.leftTime = $String(object.leftTime);
                if (object.rightTime != null)
                    if (typeof object.rightTime !== "string" || object.rightTime.length)
                        message.rightTime = $String(object.rightTime);
                if (object.direction !== 0 && (typeof object.direction !== "string" || $root.laminardb.plan.AsofJoinNode.Direction[object.direction] !== 0))
                    switch (object.direction) {
                    case "BACKWARD":
                    case 0:
                        message.direction = 0;
                        break;
                    case "FORWARD":
                    case 1:
                        message.direction = 1;
                        break;
                    case "NEAREST":
                    case 2:
                        message.direction = 2;
                        break;
                    default:
                        if (typeof object.direction === "number" && (object.direction | 0) === object.direction)
                            message.direction = object.direction;
                    }
                if (object.strict != null)
                    if (object.strict)
                        message.strict = $Boolean(object.strict);
                if (object.toleranceMs != null)
                    if (!$Object.is($Number(object.toleranceMs), 0))
                        message.toleranceMs = $Number(object.toleranceMs);
                if (object.eager != null)
                    if (object.eager)
                        message.eager = $Boolean(object.eager);
                return message;
            };

            /**
             * Creates a plain object from an AsofJoinNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.AsofJoinNode
             * @static
             * @param {laminardb.plan.AsofJoinNode} message AsofJoinNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AsofJoinNode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.leftKeys = [];
                    object.rightKeys = [];
                }
                if (options.defaults) {
                    object.leftTime = "";
                    object.rightTime = "";
                    object.direction = options.enums === $String ? "BACKWARD" : 0;
                    object.strict = false;
                    object.toleranceMs = 0;
                    object.eager = false;
                }
                if (message.leftKeys && message.leftKeys.length) {
                    object.leftKeys = $Array(message.leftKeys.length);
                    for (let j = 0; j < message.leftKeys.length; ++j)
                        object.leftKeys[j] = message.leftKeys[j];
                }
                if (message.rightKeys && message.rightKeys.length) {
                    object.rightKeys = $Array(message.rightKeys.length);
                    for (let j = 0; j < message.rightKeys.length; ++j)
                        object.rightKeys[j] = message.rightKeys[j];
                }
                if (message.leftTime != null && $Object.hasOwnProperty.call(message, "leftTime"))
                    object.leftTime = message.leftTime;
                if (message.rightTime != null && $Object.hasOwnProperty.call(message, "rightTime"))
                    object.rightTime = message.rightTime;
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction"))
                    object.direction = options.enums === $String ? $root.laminardb.plan.AsofJoinNode.Direction[message.direction] === $undefined ? message.direction : $root.laminardb.plan.AsofJoinNode.Direction[message.direction] : message.direction;
                if (message.strict != null && $Object.hasOwnProperty.call(message, "strict"))
                    object.strict = message.strict;
                if (message.toleranceMs != null && $Object.hasOwnProperty.call(message, "toleranceMs"))
                    object.toleranceMs = options.json && !$isFinite(message.toleranceMs) ? $String(message.toleranceMs) : message.toleranceMs;
                if (message.eager != null && $Object.hasOwnProperty.call(message, "eager"))
                    object.eager = message.eager;
                return object;
            };

            /**
             * Converts this AsofJoinNode to JSON.
             * @function toJSON
             * @memberof laminardb.plan.AsofJoinNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AsofJoinNode.prototype.toJSON = function() {
                return AsofJoinNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AsofJoinNode
             * @function getTypeUrl
             * @memberof laminardb.plan.AsofJoinNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AsofJoinNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.AsofJoinNode";
            };

            /**
             * Direction enum.
             * @name laminardb.plan.AsofJoinNode.Direction
             * @enum {number}
             * @property {number} BACKWARD=0 BACKWARD value
             * @property {number} FORWARD=1 FORWARD value
             * @property {number} NEAREST=2 NEAREST value
             */
            AsofJoinNode.Direction = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "BACKWARD"] = 0;
                values[valuesById[1] = "FORWARD"] = 1;
                values[valuesById[2] = "NEAREST"] = 2;
                return values;
            })();

            return AsofJoinNode;
        })();

        plan.TemporalProbeJoinNode = (function() {

            /**
             * Properties of a TemporalProbeJoinNode.
             * @typedef {Object} laminardb.plan.TemporalProbeJoinNode.$Properties
             * @property {laminardb.plan.TemporalProbeJoinNode.Type|null} [type] TemporalProbeJoinNode type
             * @property {Array.<string>|null} [leftKeys] TemporalProbeJoinNode leftKeys
             * @property {Array.<string>|null} [rightKeys] TemporalProbeJoinNode rightKeys
             * @property {string|null} [leftTime] TemporalProbeJoinNode leftTime
             * @property {string|null} [rightTime] TemporalProbeJoinNode rightTime
             * @property {Array.<number>|null} [offsetsMs] TemporalProbeJoinNode offsetsMs
             * @property {number|null} [leftLagMs] TemporalProbeJoinNode leftLagMs
             * @property {number|null} [rightLagMs] TemporalProbeJoinNode rightLagMs
             * @property {string|null} [offsetColumn] TemporalProbeJoinNode offsetColumn
             * @property {string|null} [probeTimeColumn] TemporalProbeJoinNode probeTimeColumn
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TemporalProbeJoinNode.
             * @memberof laminardb.plan
             * @interface ITemporalProbeJoinNode
             * @augments laminardb.plan.TemporalProbeJoinNode.$Properties
             * @deprecated Use laminardb.plan.TemporalProbeJoinNode.$Properties instead.
             */

            /**
             * Shape of a TemporalProbeJoinNode.
             * @typedef {laminardb.plan.TemporalProbeJoinNode.$Properties} laminardb.plan.TemporalProbeJoinNode.$Shape
             */

            /**
             * Constructs a new TemporalProbeJoinNode.
             * @memberof laminardb.plan
             * @classdesc Represents a TemporalProbeJoinNode.
             * @constructor
             * @param {laminardb.plan.TemporalProbeJoinNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TemporalProbeJoinNode = function (properties) {
                this.leftKeys = [];
                this.rightKeys = [];
                this.offsetsMs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TemporalProbeJoinNode type.
             * @member {laminardb.plan.TemporalProbeJoinNode.Type} type
             * @memberof laminardb.plan.TemporalProbeJoinNode
             * @instance
             */
            TemporalProbeJoinNode.prototype.type = 0;

            /**
             * TemporalProbeJoinNode leftKeys.
             * @member {Array.<string>} leftKeys
             * @memberof laminardb.plan.TemporalProbeJoinNode
             * @instance
             */
            TemporalProbeJoinNode.prototype.leftKeys = $util.emptyArray;

            /**
             * TemporalProbeJoinNode rightKeys.
             * @member {Array.<string>} rightKeys
             * @memberof laminardb.plan.TemporalProbeJoinNode
             * @instance
             */
            TemporalProbeJoinNode.prototype.rightKeys = $util.emptyArray;

            /**
             * TemporalProbeJoinNode leftTime.
             * @member {string} leftTime
             * @memberof laminardb.plan.TemporalProbeJoinNode
             * @instance
             */
            TemporalProbeJoinNode.prototype.leftTime = "";

            /**
             * TemporalProbeJoinNode rightTime.
             * @member {string} rightTime
             * @memberof laminardb.plan.TemporalProbeJoinNode
             * @instance
             */
            TemporalProbeJoinNode.prototype.rightTime = "";

            /**
             * TemporalProbeJoinNode offsetsMs.
             * @member {Array.<number>} offsetsMs
             * @memberof laminardb.plan.TemporalProbeJoinNode
             * @instance
             */
            TemporalProbeJoinNode.prototype.offsetsMs = $util.emptyArray;

            /**
             * TemporalProbeJoinNode leftLagMs.
             * @member {number} leftLagMs
             * @memberof laminardb.plan.TemporalProbeJoinNode
             * @instance
             */
            TemporalProbeJoinNode.prototype.leftLagMs = 0;

            /**
             * TemporalProbeJoinNode rightLagMs.
             * @member {number} rightLagMs
             * @memberof laminardb.plan.TemporalProbeJoinNode
             * @instance
             */
            TemporalProbeJoinNode.prototype.rightLagMs = 0;

            /**
             * TemporalProbeJoinNode offsetColumn.
             * @member {string} offsetColumn
             * @memberof laminardb.plan.TemporalProbeJoinNode
             * @instance
             */
            TemporalProbeJoinNode.prototype.offsetColumn = "";

            /**
             * TemporalProbeJoinNode probeTimeColumn.
             * @member {string} probeTimeColumn
             * @memberof laminardb.plan.TemporalProbeJoinNode
             * @instance
             */
            TemporalProbeJoinNode.prototype.probeTimeColumn = "";

            /**
             * Creates a new TemporalProbeJoinNode instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.TemporalProbeJoinNode
             * @static
             * @param {laminardb.plan.TemporalProbeJoinNode.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.TemporalProbeJoinNode} TemporalProbeJoinNode instance
             * @type {{
             *   (properties: laminardb.plan.TemporalProbeJoinNode.$Shape): laminardb.plan.TemporalProbeJoinNode & laminardb.plan.TemporalProbeJoinNode.$Shape;
             *   (properties?: laminardb.plan.TemporalProbeJoinNode.$Properties): laminardb.plan.TemporalProbeJoinNode;
             * }}
             */
            TemporalProbeJoinNode.create = function(properties) {
                return new TemporalProbeJoinNode(properties);
            };

            /**
             * Encodes the specified TemporalProbeJoinNode message. Does not implicitly {@link laminardb.plan.TemporalProbeJoinNode.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.TemporalProbeJoinNode
             * @static
             * @param {laminardb.plan.TemporalProbeJoinNode.$Properties} message TemporalProbeJoinNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TemporalProbeJoinNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                if (message.leftKeys != null && message.leftKeys.length)
                    for (let i = 0; i < message.leftKeys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.leftKeys[i]);
                if (message.rightKeys != null && message.rightKeys.length)
                    for (let i = 0; i < message.rightKeys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.rightKeys[i]);
                if (message.leftTime != null && $Object.hasOwnProperty.call(message, "leftTime") && message.leftTime !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.leftTime);
                if (message.rightTime != null && $Object.hasOwnProperty.call(message, "rightTime") && message.rightTime !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.rightTime);
                if (message.offsetsMs != null && message.offsetsMs.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).doubles(message.offsetsMs);
                if (message.leftLagMs != null && $Object.hasOwnProperty.call(message, "leftLagMs") && !$Object.is(message.leftLagMs, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.leftLagMs);
                if (message.rightLagMs != null && $Object.hasOwnProperty.call(message, "rightLagMs") && !$Object.is(message.rightLagMs, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.rightLagMs);
                if (message.offsetColumn != null && $Object.hasOwnProperty.call(message, "offsetColumn") && message.offsetColumn !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.offsetColumn);
                if (message.probeTimeColumn != null && $Object.hasOwnProperty.call(message, "probeTimeColumn") && message.probeTimeColumn !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.probeTimeColumn);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TemporalProbeJoinNode message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.TemporalProbeJoinNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.TemporalProbeJoinNode & laminardb.plan.TemporalProbeJoinNode.$Shape} TemporalProbeJoinNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TemporalProbeJoinNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.TemporalProbeJoinNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.leftKeys && message.leftKeys.length))
                                message.leftKeys = [];
                            message.leftKeys.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rightKeys && message.rightKeys.length))
                                message.rightKeys = [];
                            message.rightKeys.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leftTime = value;
                            else
                                delete message.leftTime;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rightTime = value;
                            else
                                delete message.rightTime;
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.offsetsMs && message.offsetsMs.length))
                                    message.offsetsMs = [];
                                reader.doubles(message.offsetsMs);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.offsetsMs && message.offsetsMs.length))
                                message.offsetsMs = [];
                            message.offsetsMs.push(reader.double());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.leftLagMs = value;
                            else
                                delete message.leftLagMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.rightLagMs = value;
                            else
                                delete message.rightLagMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.offsetColumn = value;
                            else
                                delete message.offsetColumn;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.probeTimeColumn = value;
                            else
                                delete message.probeTimeColumn;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TemporalProbeJoinNode message.
             * @function verify
             * @memberof laminardb.plan.TemporalProbeJoinNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TemporalProbeJoinNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                        return "type: enum value expected";
                if (message.leftKeys != null && $Object.hasOwnProperty.call(message, "leftKeys")) {
                    if (!$Array.isArray(message.leftKeys))
                        return "leftKeys: array expected";
                    for (let i = 0; i < message.leftKeys.length; ++i)
                        if (!$util.isString(message.leftKeys[i]))
                            return "leftKeys: string[] expected";
                }
                if (message.rightKeys != null && $Object.hasOwnProperty.call(message, "rightKeys")) {
                    if (!$Array.isArray(message.rightKeys))
                        return "rightKeys: array expected";
                    for (let i = 0; i < message.rightKeys.length; ++i)
                        if (!$util.isString(message.rightKeys[i]))
                            return "rightKeys: string[] expected";
                }
                if (message.leftTime != null && $Object.hasOwnProperty.call(message, "leftTime"))
                    if (!$util.isString(message.leftTime))
                        return "leftTime: string expected";
                if (message.rightTime != null && $Object.hasOwnProperty.call(message, "rightTime"))
                    if (!$util.isString(message.rightTime))
                        return "rightTime: string expected";
                if (message.offsetsMs != null && $Object.hasOwnProperty.call(message, "offsetsMs")) {
                    if (!$Array.isArray(message.offsetsMs))
                        return "offsetsMs: array expected";
                    for (let i = 0; i < message.offsetsMs.length; ++i)
                        if (typeof message.offsetsMs[i] !== "number")
                            return "offsetsMs: number[] expected";
                }
                if (message.leftLagMs != null && $Object.hasOwnProperty.call(message, "leftLagMs"))
                    if (typeof message.leftLagMs !== "number")
                        return "leftLagMs: number expected";
                if (message.rightLagMs != null && $Object.hasOwnProperty.call(message, "rightLagMs"))
                    if (typeof message.rightLagMs !== "number")
                        return "rightLagMs: number expected";
                if (message.offsetColumn != null && $Object.hasOwnProperty.call(message, "offsetColumn"))
                    if (!$util.isString(message.offsetColumn))
                        return "offsetColumn: string expected";
                if (message.probeTimeColumn != null && $Object.hasOwnProperty.call(message, "probeTimeColumn"))
                    if (!$util.isString(message.probeTimeColumn))
                        return "probeTimeColumn: string expected";
                return null;
            };

            /**
             * Creates a TemporalProbeJoinNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.TemporalProbeJoinNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.TemporalProbeJoinNode} TemporalProbeJoinNode
             */
            TemporalProbeJoinNode.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.TemporalProbeJoinNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.TemporalProbeJoinNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.TemporalProbeJoinNode();
                if (object.type !== 0 && (typeof object.type !== "string" || $root.laminardb.plan.TemporalProbeJoinNode.Type[object.type] !== 0))
                    switch (object.type) {
                    case "INNER":
                    case 0:
                        message.type = 0;
                        break;
                    case "LEFT":
                    case 1:
                        message.type = 1;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.leftKeys) {
                    if (!$Array.isArray(object.leftKeys))
                        throw $TypeError(".laminardb.plan.TemporalProbeJoinNode.leftKeys: array expected");
                    message.leftKeys = $Array(object.leftKeys.length);
                    for (let i = 0; i < object.leftKeys.length; ++i)
                        message.leftKeys[i] = $String(object.leftKeys[i]);
                }
                if (object.rightKeys) {
                    if (!$Array.isArray(object.rightKeys))
                        throw $TypeError(".laminardb.plan.TemporalProbeJoinNode.rightKeys: array expected");
                    message.rightKeys = $Array(object.rightKeys.length);
                    for (let i = 0; i < object.rightKeys.length; ++i)
                        message.rightKeys[i] = $String(object.rightKeys[i]);
                }
                if (object.leftTime != null)
                    if (typeof object.leftTime !== "string" || object.leftTime.length)
                        message.leftTime = $String(object.leftTime);
                if (object.rightTime != null)
                    if (typeof object.rightTime !== "string" || object.rightTime.length)
                        message.rightTime = $String(object.rightTime);
                if (object.offsetsMs) {
                    if (!$Array.isArray(object.offsetsMs))
                        throw $TypeError(".laminardb.plan.TemporalProbeJoinNode.offsetsMs: array expected");
                    message.offsetsMs = $Array(object.offsetsMs.length);
                    for (let i = 0; i < object.offsetsMs.length; ++i)
                        message.offsetsMs[i] = $Number(object.offsetsMs[i]);
                }
                if (object.leftLagMs != null)
                    if (!$Object.is($Number(object.leftLagMs), 0))
                        message.leftLagMs = $Number(object.leftLagMs);
                if (object.rightLagMs != null)
                    if (!$Object.is($Number(object.rightLagMs), 0))
                        message.rightLagMs = $Number(object.rightLagMs);
                if (object.offsetColumn != null)
                    if (typeof object.offsetColumn !== "string" || object.offsetColumn.length)
                        message.offsetColumn = $String(object.offsetColumn);
                if (object.probeTimeColumn != null)
                    if (typeof object.probeTimeColumn !== "string" || object.probeTimeColumn.length)
                        message.probeTimeColumn = $String(object.probeTimeColumn);
                return message;
            };

            /**
             * Creates a plain object from a TemporalProbeJoinNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.TemporalProbeJoinNode
             * @static
             * @param {laminardb.plan.TemporalProbeJoinNode} message TemporalProbeJoinNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TemporalProbeJoinNode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.leftKeys = [];
                    object.rightKeys = [];
                    object.offsetsMs = [];
                }
                if (options.defaults) {
                    object.type = options.enums === $String ? "INNER" : 0;
                    object.leftTime = "";
                    object.rightTime = "";
                    object.leftLagMs = 0;
                    object.rightLagMs = 0;
                    object.offsetColumn = "";
                    object.probeTimeColumn = "";
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.laminardb.plan.TemporalProbeJoinNode.Type[message.type] === $undefined ? message.type : $root.laminardb.plan.TemporalProbeJoinNode.Type[message.type] : message.type;
                if (message.leftKeys && message.leftKeys.length) {
                    object.leftKeys = $Array(message.leftKeys.length);
                    for (let j = 0; j < message.leftKeys.length; ++j)
                        object.leftKeys[j] = message.leftKeys[j];
                }
                if (message.rightKeys && message.rightKeys.length) {
                    object.rightKeys = $Array(message.rightKeys.length);
                    for (let j = 0; j < message.rightKeys.length; ++j)
                        object.rightKeys[j] = message.rightKeys[j];
                }
                if (message.leftTime != null && $Object.hasOwnProperty.call(message, "leftTime"))
                    object.leftTime = message.leftTime;
                if (message.rightTime != null && $Object.hasOwnProperty.call(message, "rightTime"))
                    object.rightTime = message.rightTime;
                if (message.offsetsMs && message.offsetsMs.length) {
                    object.offsetsMs = $Array(message.offsetsMs.length);
                    for (let j = 0; j < message.offsetsMs.length; ++j)
                        object.offsetsMs[j] = options.json && !$isFinite(message.offsetsMs[j]) ? $String(message.offsetsMs[j]) : message.offsetsMs[j];
                }
                if (message.leftLagMs != null && $Object.hasOwnProperty.call(message, "leftLagMs"))
                    object.leftLagMs = options.json && !$isFinite(message.leftLagMs) ? $String(message.leftLagMs) : message.leftLagMs;
                if (message.rightLagMs != null && $Object.hasOwnProperty.call(message, "rightLagMs"))
                    object.rightLagMs = options.json && !$isFinite(message.rightLagMs) ? $String(message.rightLagMs) : message.rightLagMs;
                if (message.offsetColumn != null && $Object.hasOwnProperty.call(message, "offsetColumn"))
                    object.offsetColumn = message.offsetColumn;
                if (message.probeTimeColumn != null && $Object.hasOwnProperty.call(message, "probeTimeColumn"))
                    object.probeTimeColumn = message.probeTimeColumn;
                return object;
            };

            /**
             * Converts this TemporalProbeJoinNode to JSON.
             * @function toJSON
             * @memberof laminardb.plan.TemporalProbeJoinNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TemporalProbeJoinNode.prototype.toJSON = function() {
                return TemporalProbeJoinNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TemporalProbeJoinNode
             * @function getTypeUrl
             * @memberof laminardb.plan.TemporalProbeJoinNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TemporalProbeJoinNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.TemporalProbeJoinNode";
            };

            /**
             * Type enum.
             * @name laminardb.plan.TemporalProbeJoinNode.Type
             * @enum {number}
             * @property {number} INNER=0 INNER value
             * @property {number} LEFT=1 LEFT value
             */
            TemporalProbeJoinNode.Type = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "INNER"] = 0;
                values[valuesById[1] = "LEFT"] = 1;
                return values;
            })();

            return TemporalProbeJoinNode;
        })();

        plan.LookupJoinNode = (function() {

            /**
             * Properties of a LookupJoinNode.
             * @typedef {Object} laminardb.plan.LookupJoinNode.$Properties
             * @property {string|null} [table] LookupJoinNode table
             * @property {laminardb.plan.Schema.$Properties|null} [schema] LookupJoinNode schema
             * @property {Array.<string>|null} [leftKeys] LookupJoinNode leftKeys
             * @property {Array.<string>|null} [tableKeys] LookupJoinNode tableKeys
             * @property {laminardb.plan.LookupJoinNode.Type|null} [type] LookupJoinNode type
             * @property {laminardb.plan.Expr.$Properties|null} [condition] LookupJoinNode condition
             * @property {Array.<string>|null} [outputNames] LookupJoinNode outputNames
             * @property {Array.<laminardb.plan.Expr.$Properties>|null} [tableFilters] LookupJoinNode tableFilters
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LookupJoinNode.
             * @memberof laminardb.plan
             * @interface ILookupJoinNode
             * @augments laminardb.plan.LookupJoinNode.$Properties
             * @deprecated Use laminardb.plan.LookupJoinNode.$Properties instead.
             */

            /**
             * Shape of a LookupJoinNode.
             * @typedef {{
             *   table?: string|null;
             *   schema?: laminardb.plan.Schema.$Shape|null;
             *   leftKeys?: Array.<string>|null;
             *   tableKeys?: Array.<string>|null;
             *   type?: laminardb.plan.LookupJoinNode.Type|null;
             *   condition?: laminardb.plan.Expr.$Shape|null;
             *   outputNames?: Array.<string>|null;
             *   tableFilters?: Array.<laminardb.plan.Expr.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} laminardb.plan.LookupJoinNode.$Shape
             */

            /**
             * Constructs a new LookupJoinNode.
             * @memberof laminardb.plan
             * @classdesc Represents a LookupJoinNode.
             * @constructor
             * @param {laminardb.plan.LookupJoinNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LookupJoinNode = function (properties) {
                this.leftKeys = [];
                this.tableKeys = [];
                this.outputNames = [];
                this.tableFilters = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LookupJoinNode table.
             * @member {string} table
             * @memberof laminardb.plan.LookupJoinNode
             * @instance
             */
            LookupJoinNode.prototype.table = "";

            /**
             * LookupJoinNode schema.
             * @member {laminardb.plan.Schema.$Properties|null|undefined} schema
             * @memberof laminardb.plan.LookupJoinNode
             * @instance
             */
            LookupJoinNode.prototype.schema = null;

            /**
             * LookupJoinNode leftKeys.
             * @member {Array.<string>} leftKeys
             * @memberof laminardb.plan.LookupJoinNode
             * @instance
             */
            LookupJoinNode.prototype.leftKeys = $util.emptyArray;

            /**
             * LookupJoinNode tableKeys.
             * @member {Array.<string>} tableKeys
             * @memberof laminardb.plan.LookupJoinNode
             * @instance
             */
            LookupJoinNode.prototype.tableKeys = $util.emptyArray;

            /**
             * LookupJoinNode type.
             * @member {laminardb.plan.LookupJoinNode.Type} type
             * @memberof laminardb.plan.LookupJoinNode
             * @instance
             */
            LookupJoinNode.prototype.type = 0;

            /**
             * LookupJoinNode condition.
             * @member {laminardb.plan.Expr.$Properties|null|undefined} condition
             * @memberof laminardb.plan.LookupJoinNode
             * @instance
             */
            LookupJoinNode.prototype.condition = null;

            /**
             * LookupJoinNode outputNames.
             * @member {Array.<string>} outputNames
             * @memberof laminardb.plan.LookupJoinNode
             * @instance
             */
            LookupJoinNode.prototype.outputNames = $util.emptyArray;

            /**
             * LookupJoinNode tableFilters.
             * @member {Array.<laminardb.plan.Expr.$Properties>} tableFilters
             * @memberof laminardb.plan.LookupJoinNode
             * @instance
             */
            LookupJoinNode.prototype.tableFilters = $util.emptyArray;

            /**
             * Creates a new LookupJoinNode instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.LookupJoinNode
             * @static
             * @param {laminardb.plan.LookupJoinNode.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.LookupJoinNode} LookupJoinNode instance
             * @type {{
             *   (properties: laminardb.plan.LookupJoinNode.$Shape): laminardb.plan.LookupJoinNode & laminardb.plan.LookupJoinNode.$Shape;
             *   (properties?: laminardb.plan.LookupJoinNode.$Properties): laminardb.plan.LookupJoinNode;
             * }}
             */
            LookupJoinNode.create = function(properties) {
                return new LookupJoinNode(properties);
            };

            /**
             * Encodes the specified LookupJoinNode message. Does not implicitly {@link laminardb.plan.LookupJoinNode.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.LookupJoinNode
             * @static
             * @param {laminardb.plan.LookupJoinNode.$Properties} message LookupJoinNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LookupJoinNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.table != null && $Object.hasOwnProperty.call(message, "table") && message.table !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.table);
                if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                    $root.laminardb.plan.Schema.encode(message.schema, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.leftKeys != null && message.leftKeys.length)
                    for (let i = 0; i < message.leftKeys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.leftKeys[i]);
                if (message.tableKeys != null && message.tableKeys.length)
                    for (let i = 0; i < message.tableKeys.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.tableKeys[i]);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.type);
                if (message.condition != null && $Object.hasOwnProperty.call(message, "condition"))
                    $root.laminardb.plan.Expr.encode(message.condition, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.outputNames != null && message.outputNames.length)
                    for (let i = 0; i < message.outputNames.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.outputNames[i]);
                if (message.tableFilters != null && message.tableFilters.length)
                    for (let i = 0; i < message.tableFilters.length; ++i)
                        $root.laminardb.plan.Expr.encode(message.tableFilters[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LookupJoinNode message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.LookupJoinNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.LookupJoinNode & laminardb.plan.LookupJoinNode.$Shape} LookupJoinNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LookupJoinNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.LookupJoinNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.table = value;
                            else
                                delete message.table;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.schema = $root.laminardb.plan.Schema.decode(reader, reader.size(), $undefined, _depth + 1, message.schema);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.leftKeys && message.leftKeys.length))
                                message.leftKeys = [];
                            message.leftKeys.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tableKeys && message.tableKeys.length))
                                message.tableKeys = [];
                            message.tableKeys.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.condition = $root.laminardb.plan.Expr.decode(reader, reader.size(), $undefined, _depth + 1, message.condition);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.outputNames && message.outputNames.length))
                                message.outputNames = [];
                            message.outputNames.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tableFilters && message.tableFilters.length))
                                message.tableFilters = [];
                            message.tableFilters.push($root.laminardb.plan.Expr.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LookupJoinNode message.
             * @function verify
             * @memberof laminardb.plan.LookupJoinNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LookupJoinNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.table != null && $Object.hasOwnProperty.call(message, "table"))
                    if (!$util.isString(message.table))
                        return "table: string expected";
                if (message.schema != null && $Object.hasOwnProperty.call(message, "schema")) {
                    let error = $root.laminardb.plan.Schema.verify(message.schema, _depth + 1);
                    if (error)
                        return "schema." + error;
                }
                if (message.leftKeys != null && $Object.hasOwnProperty.call(message, "leftKeys")) {
                    if (!$Array.isArray(message.leftKeys))
                        return "leftKeys: array expected";
                    for (let i = 0; i < message.leftKeys.length; ++i)
                        if (!$util.isString(message.leftKeys[i]))
                            return "leftKeys: string[] expected";
                }
                if (message.tableKeys != null && $Object.hasOwnProperty.call(message, "tableKeys")) {
                    if (!$Array.isArray(message.tableKeys))
                        return "tableKeys: array expected";
                    for (let i = 0; i < message.tableKeys.length; ++i)
                        if (!$util.isString(message.tableKeys[i]))
                            return "tableKeys: string[] expected";
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                        return "type: enum value expected";
                if (message.condition != null && $Object.hasOwnProperty.call(message, "condition")) {
                    let error = $root.laminardb.plan.Expr.verify(message.condition, _depth + 1);
                    if (error)
                        return "condition." + error;
                }
                if (message.outputNames != null && $Object.hasOwnProperty.call(message, "outputNames")) {
                    if (!$Array.isArray(message.outputNames))
                        return "outputNames: array expected";
                    for (let i = 0; i < message.outputNames.length; ++i)
                        if (!$util.isString(message.outputNames[i]))
                            return "outputNames: string[] expected";
                }
                if (message.tableFilters != null && $Object.hasOwnProperty.call(message, "tableFilters")) {
                    if (!$Array.isArray(message.tableFilters))
                        return "tableFilters: array expected";
                    for (let i = 0; i < message.tableFilters.length; ++i) {
                        let error = $root.laminardb.plan.Expr.verify(message.tableFilters[i], _depth + 1);
                        if (error)
                            return "tableFilters." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a LookupJoinNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.LookupJoinNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.LookupJoinNode} LookupJoinNode
             */
            LookupJoinNode.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.LookupJoinNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.LookupJoinNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.LookupJoinNode();
                if (object.table != null)
                    if (typeof object.table !== "string" || object.table.length)
                        message.table = $String(object.table);
                if (object.schema != null) {
                    if (!$util.isObject(object.schema))
                        throw $TypeError(".laminardb.plan.LookupJoinNode.schema: object expected");
                    message.schema = $root.laminardb.plan.Schema.fromObject(object.schema, _depth + 1);
                }
                if (object.leftKeys) {
                    if (!$Array.isArray(object.leftKeys))
                        throw $TypeError(".laminardb.plan.LookupJoinNode.leftKeys: array expected");
                    message.leftKeys = $Array(object.leftKeys.length);
                    for (let i = 0; i < object.leftKeys.length; ++i)
                        message.leftKeys[i] = $String(object.leftKeys[i]);
                }
                if (object.tableKeys) {
                    if (!$Array.isArray(object.tableKeys))
                        throw $TypeError(".laminardb.plan.LookupJoinNode.tableKeys: array expected");
                    message.tableKeys = $Array(object.tableKeys.length);
                    for (let i = 0; i < object.tableKeys.length; ++i)
                        message.tableKeys[i] = $String(object.tableKeys[i]);
                }
                if (object.type !== 0 && (typeof object.type !== "string" || $root.laminardb.plan.LookupJoinNode.Type[object.type] !== 0))
                    switch (object.type) {
                    case "INNER":
                    case 0:
                        message.type = 0;
                        break;
                    case "LEFT":
                    case 1:
                        message.type = 1;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.condition != null) {
                    if (!$util.isObject(object.condition))
                        throw $TypeError(".laminardb.plan.LookupJoinNode.condition: object expected");
                    message.condition = $root.laminardb.plan.Expr.fromObject(object.condition, _depth + 1);
                }
                if (object.outputNames) {
                    if (!$Array.isArray(object.outputNames))
                        throw $TypeError(".laminardb.plan.LookupJoinNode.outputNames: array expected");
                    message.outputNames = $Array(object.outputNames.length);
                    for (let i = 0; i < object.outputNames.length; ++i)
                        message.outputNames[i] = $String(object.outputNames[i]);
                }
                if (object.tableFilters) {
                    if (!$Array.isArray(object.tableFilters))
                        throw $TypeError(".laminardb.plan.LookupJoinNode.tableFilters: array expected");
                    message.tableFilters = $Array(object.tableFilters.length);
                    for (let i = 0; i < object.tableFilters.length; ++i) {
                        if (!$util.isObject(object.tableFilters[i]))
                            throw $TypeError(".laminardb.plan.LookupJoinNode.tableFilters: object expected");
                        message.tableFilters[i] = $root.laminardb.plan.Expr.fromObject(object.tableFilters[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a LookupJoinNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.LookupJoinNode
             * @static
             * @param {laminardb.plan.LookupJoinNode} message LookupJoinNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LookupJoinNode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.leftKeys = [];
                    object.tableKeys = [];
                    object.outputNames = [];
                    object.tableFilters = [];
                }
                if (options.defaults) {
                    object.table = "";
                    object.schema = null;
                    object.type = options.enums === $String ? "INNER" : 0;
                    object.condition = null;
                }
                if (message.table != null && $Object.hasOwnProperty.call(message, "table"))
                    object.table = message.table;
                if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                    object.schema = $root.laminardb.plan.Schema.toObject(message.schema, options, _depth + 1);
                if (message.leftKeys && message.leftKeys.length) {
                    object.leftKeys = $Array(message.leftKeys.length);
                    for (let j = 0; j < message.leftKeys.length; ++j)
                        object.leftKeys[j] = message.leftKeys[j];
                }
                if (message.tableKeys && message.tableKeys.length) {
                    object.tableKeys = $Array(message.tableKeys.length);
                    for (let j = 0; j < message.tableKeys.length; ++j)
                        object.tableKeys[j] = message.tableKeys[j];
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.laminardb.plan.LookupJoinNode.Type[message.type] === $undefined ? message.type : $root.laminardb.plan.LookupJoinNode.Type[message.type] : message.type;
                if (message.condition != null && $Object.hasOwnProperty.call(message, "condition"))
                    object.condition = $root.laminardb.plan.Expr.toObject(message.condition, options, _depth + 1);
                if (message.outputNames && message.outputNames.length) {
                    object.outputNames = $Array(message.outputNames.length);
                    for (let j = 0; j < message.outputNames.length; ++j)
                        object.outputNames[j] = message.outputNames[j];
                }
                if (message.tableFilters && message.tableFilters.length) {
                    object.tableFilters = $Array(message.tableFilters.length);
                    for (let j = 0; j < message.tableFilters.length; ++j)
                        object.tableFilters[j] = $root.laminardb.plan.Expr.toObject(message.tableFilters[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this LookupJoinNode to JSON.
             * @function toJSON
             * @memberof laminardb.plan.LookupJoinNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LookupJoinNode.prototype.toJSON = function() {
                return LookupJoinNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LookupJoinNode
             * @function getTypeUrl
             * @memberof laminardb.plan.LookupJoinNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LookupJoinNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.LookupJoinNode";
            };

            /**
             * Type enum.
             * @name laminardb.plan.LookupJoinNode.Type
             * @enum {number}
             * @property {number} INNER=0 INNER value
             * @property {number} LEFT=1 LEFT value
             */
            LookupJoinNode.Type = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "INNER"] = 0;
                values[valuesById[1] = "LEFT"] = 1;
                return values;
            })();

            return LookupJoinNode;
        })();

        plan.TemporalJoinNode = (function() {

            /**
             * Properties of a TemporalJoinNode.
             * @typedef {Object} laminardb.plan.TemporalJoinNode.$Properties
             * @property {Array.<string>|null} [leftKeys] TemporalJoinNode leftKeys
             * @property {Array.<string>|null} [rightKeys] TemporalJoinNode rightKeys
             * @property {string|null} [leftTime] TemporalJoinNode leftTime
             * @property {string|null} [versionTime] TemporalJoinNode versionTime
             * @property {boolean|null} [leftJoin] TemporalJoinNode leftJoin
             * @property {boolean|null} [eager] TemporalJoinNode eager
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TemporalJoinNode.
             * @memberof laminardb.plan
             * @interface ITemporalJoinNode
             * @augments laminardb.plan.TemporalJoinNode.$Properties
             * @deprecated Use laminardb.plan.TemporalJoinNode.$Properties instead.
             */

            /**
             * Shape of a TemporalJoinNode.
             * @typedef {laminardb.plan.TemporalJoinNode.$Properties} laminardb.plan.TemporalJoinNode.$Shape
             */

            /**
             * Constructs a new TemporalJoinNode.
             * @memberof laminardb.plan
             * @classdesc Represents a TemporalJoinNode.
             * @constructor
             * @param {laminardb.plan.TemporalJoinNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TemporalJoinNode = function (properties) {
                this.leftKeys = [];
                this.rightKeys = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TemporalJoinNode leftKeys.
             * @member {Array.<string>} leftKeys
             * @memberof laminardb.plan.TemporalJoinNode
             * @instance
             */
            TemporalJoinNode.prototype.leftKeys = $util.emptyArray;

            /**
             * TemporalJoinNode rightKeys.
             * @member {Array.<string>} rightKeys
             * @memberof laminardb.plan.TemporalJoinNode
             * @instance
             */
            TemporalJoinNode.prototype.rightKeys = $util.emptyArray;

            /**
             * TemporalJoinNode leftTime.
             * @member {string} leftTime
             * @memberof laminardb.plan.TemporalJoinNode
             * @instance
             */
            TemporalJoinNode.prototype.leftTime = "";

            /**
             * TemporalJoinNode versionTime.
             * @member {string} versionTime
             * @memberof laminardb.plan.TemporalJoinNode
             * @instance
             */
            TemporalJoinNode.prototype.versionTime = "";

            /**
             * TemporalJoinNode leftJoin.
             * @member {boolean} leftJoin
             * @memberof laminardb.plan.TemporalJoinNode
             * @instance
             */
            TemporalJoinNode.prototype.leftJoin = false;

            /**
             * TemporalJoinNode eager.
             * @member {boolean} eager
             * @memberof laminardb.plan.TemporalJoinNode
             * @instance
             */
            TemporalJoinNode.prototype.eager = false;

            /**
             * Creates a new TemporalJoinNode instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.TemporalJoinNode
             * @static
             * @param {laminardb.plan.TemporalJoinNode.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.TemporalJoinNode} TemporalJoinNode instance
             * @type {{
             *   (properties: laminardb.plan.TemporalJoinNode.$Shape): laminardb.plan.TemporalJoinNode & laminardb.plan.TemporalJoinNode.$Shape;
             *   (properties?: laminardb.plan.TemporalJoinNode.$Properties): laminardb.plan.TemporalJoinNode;
             * }}
             */
            TemporalJoinNode.create = function(properties) {
                return new TemporalJoinNode(properties);
            };

            /**
             * Encodes the specified TemporalJoinNode message. Does not implicitly {@link laminardb.plan.TemporalJoinNode.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.TemporalJoinNode
             * @static
             * @param {laminardb.plan.TemporalJoinNode.$Properties} message TemporalJoinNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TemporalJoinNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.leftKeys != null && message.leftKeys.length)
                    for (let i = 0; i < message.leftKeys.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.leftKeys[i]);
                if (message.rightKeys != null && message.rightKeys.length)
                    for (let i = 0; i < message.rightKeys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.rightKeys[i]);
                if (message.leftTime != null && $Object.hasOwnProperty.call(message, "leftTime") && message.leftTime !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.leftTime);
                if (message.versionTime != null && $Object.hasOwnProperty.call(message, "versionTime") && message.versionTime !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.versionTime);
                if (message.leftJoin != null && $Object.hasOwnProperty.call(message, "leftJoin") && message.leftJoin !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.leftJoin);
                if (message.eager != null && $Object.hasOwnProperty.call(message, "eager") && message.eager !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.eager);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TemporalJoinNode message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.TemporalJoinNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.TemporalJoinNode & laminardb.plan.TemporalJoinNode.$Shape} TemporalJoinNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TemporalJoinNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.TemporalJoinNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.leftKeys && message.leftKeys.length))
                                message.leftKeys = [];
                            message.leftKeys.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rightKeys && message.rightKeys.length))
                                message.rightKeys = [];
                            message.rightKeys.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leftTime = value;
                            else
                                delete message.leftTime;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.versionTime = value;
                            else
                                delete message.versionTime;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.leftJoin = value;
                            else
                                delete message.leftJoin;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.eager = value;
                            else
                                delete message.eager;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TemporalJoinNode message.
             * @function verify
             * @memberof laminardb.plan.TemporalJoinNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TemporalJoinNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.leftKeys != null && $Object.hasOwnProperty.call(message, "leftKeys")) {
                    if (!$Array.isArray(message.leftKeys))
                        return "leftKeys: array expected";
                    for (let i = 0; i < message.leftKeys.length; ++i)
                        if (!$util.isString(message.leftKeys[i]))
                            return "leftKeys: string[] expected";
                }
                if (message.rightKeys != null && $Object.hasOwnProperty.call(message, "rightKeys")) {
                    if (!$Array.isArray(message.rightKeys))
                        return "rightKeys: array expected";
                    for (let i = 0; i < message.rightKeys.length; ++i)
                        if (!$util.isString(message.rightKeys[i]))
                            return "rightKeys: string[] expected";
                }
                if (message.leftTime != null && $Object.hasOwnProperty.call(message, "leftTime"))
                    if (!$util.isString(message.leftTime))
                        return "leftTime: string expected";
                if (message.versionTime != null && $Object.hasOwnProperty.call(message, "versionTime"))
                    if (!$util.isString(message.versionTime))
                        return "versionTime: string expected";
                if (message.leftJoin != null && $Object.hasOwnProperty.call(message, "leftJoin"))
                    if (typeof message.leftJoin !== "boolean")
                        return "leftJoin: boolean expected";
                if (message.eager != null && $Object.hasOwnProperty.call(message, "eager"))
                    if (typeof message.eager !== "boolean")
                        return "eager: boolean expected";
                return null;
            };

            /**
             * Creates a TemporalJoinNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.TemporalJoinNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.TemporalJoinNode} TemporalJoinNode
             */
            TemporalJoinNode.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.TemporalJoinNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.TemporalJoinNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.TemporalJoinNode();
                if (object.leftKeys) {
                    if (!$Array.isArray(object.leftKeys))
                        throw $TypeError(".laminardb.plan.TemporalJoinNode.leftKeys: array expected");
                    message.leftKeys = $Array(object.leftKeys.length);
                    for (let i = 0; i < object.leftKeys.length; ++i)
                        message.leftKeys[i] = $String(object.leftKeys[i]);
                }
                if (object.rightKeys) {
                    if (!$Array.isArray(object.rightKeys))
                        throw $TypeError(".laminardb.plan.TemporalJoinNode.rightKeys: array expected");
                    message.rightKeys = $Array(object.rightKeys.length);
                    for (let i = 0; i < object.rightKeys.length; ++i)
                        message.rightKeys[i] = $String(object.rightKeys[i]);
                }
                if (object.leftTime != null)
                    if (typeof object.leftTime !== "string" || object.leftTime.length)
                        message.leftTime = $String(object.leftTime);
                if (object.versionTime != null)
                    if (typeof object.versionTime !== "string" || object.versionTime.length)
                        message.versionTime = $String(object.versionTime);
                if (object.leftJoin != null)
                    if (object.leftJoin)
                        message.leftJoin = $Boolean(object.leftJoin);
                if (object.eager != null)
                    if (object.eager)
                        message.eager = $Boolean(object.eager);
                return message;
            };

            /**
             * Creates a plain object from a TemporalJoinNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.TemporalJoinNode
             * @static
             * @param {laminardb.plan.TemporalJoinNode} message TemporalJoinNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TemporalJoinNode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.leftKeys = [];
                    object.rightKeys = [];
                }
                if (options.defaults) {
                    object.leftTime = "";
                    object.versionTime = "";
                    object.leftJoin = false;
                    object.eager = false;
                }
                if (message.leftKeys && message.leftKeys.length) {
                    object.leftKeys = $Array(message.leftKeys.length);
                    for (let j = 0; j < message.leftKeys.length; ++j)
                        object.leftKeys[j] = message.leftKeys[j];
                }
                if (message.rightKeys && message.rightKeys.length) {
                    object.rightKeys = $Array(message.rightKeys.length);
                    for (let j = 0; j < message.rightKeys.length; ++j)
                        object.rightKeys[j] = message.rightKeys[j];
                }
                if (message.leftTime != null && $Object.hasOwnProperty.call(message, "leftTime"))
                    object.leftTime = message.leftTime;
                if (message.versionTime != null && $Object.hasOwnProperty.call(message, "versionTime"))
                    object.versionTime = message.versionTime;
                if (message.leftJoin != null && $Object.hasOwnProperty.call(message, "leftJoin"))
                    object.leftJoin = message.leftJoin;
                if (message.eager != null && $Object.hasOwnProperty.call(message, "eager"))
                    object.eager = message.eager;
                return object;
            };

            /**
             * Converts this TemporalJoinNode to JSON.
             * @function toJSON
             * @memberof laminardb.plan.TemporalJoinNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TemporalJoinNode.prototype.toJSON = function() {
                return TemporalJoinNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TemporalJoinNode
             * @function getTypeUrl
             * @memberof laminardb.plan.TemporalJoinNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TemporalJoinNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.TemporalJoinNode";
            };

            return TemporalJoinNode;
        })();

        plan.OverNode = (function() {

            /**
             * Properties of an OverNode.
             * @typedef {Object} laminardb.plan.OverNode.$Properties
             * @property {Array.<string>|null} [partitionBy] OverNode partitionBy
             * @property {Array.<laminardb.plan.SortKey.$Properties>|null} [orderBy] OverNode orderBy
             * @property {Array.<laminardb.plan.OverCall.$Properties>|null} [calls] OverNode calls
             * @property {number|null} [limit] OverNode limit
             * @property {number|null} [limitCall] OverNode limitCall
             * @property {laminardb.plan.OverNode.Mode|null} [mode] OverNode mode
             * @property {string|null} [timeColumn] OverNode timeColumn
             * @property {boolean|null} [limitCallHidden] OverNode limitCallHidden
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OverNode.
             * @memberof laminardb.plan
             * @interface IOverNode
             * @augments laminardb.plan.OverNode.$Properties
             * @deprecated Use laminardb.plan.OverNode.$Properties instead.
             */

            /**
             * Shape of an OverNode.
             * @typedef {{
             *   partitionBy?: Array.<string>|null;
             *   orderBy?: Array.<laminardb.plan.SortKey.$Shape>|null;
             *   calls?: Array.<laminardb.plan.OverCall.$Shape>|null;
             *   limit?: number|null;
             *   limitCall?: number|null;
             *   mode?: laminardb.plan.OverNode.Mode|null;
             *   timeColumn?: string|null;
             *   limitCallHidden?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} laminardb.plan.OverNode.$Shape
             */

            /**
             * Constructs a new OverNode.
             * @memberof laminardb.plan
             * @classdesc Represents an OverNode.
             * @constructor
             * @param {laminardb.plan.OverNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OverNode = function (properties) {
                this.partitionBy = [];
                this.orderBy = [];
                this.calls = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OverNode partitionBy.
             * @member {Array.<string>} partitionBy
             * @memberof laminardb.plan.OverNode
             * @instance
             */
            OverNode.prototype.partitionBy = $util.emptyArray;

            /**
             * OverNode orderBy.
             * @member {Array.<laminardb.plan.SortKey.$Properties>} orderBy
             * @memberof laminardb.plan.OverNode
             * @instance
             */
            OverNode.prototype.orderBy = $util.emptyArray;

            /**
             * OverNode calls.
             * @member {Array.<laminardb.plan.OverCall.$Properties>} calls
             * @memberof laminardb.plan.OverNode
             * @instance
             */
            OverNode.prototype.calls = $util.emptyArray;

            /**
             * OverNode limit.
             * @member {number} limit
             * @memberof laminardb.plan.OverNode
             * @instance
             */
            OverNode.prototype.limit = 0;

            /**
             * OverNode limitCall.
             * @member {number} limitCall
             * @memberof laminardb.plan.OverNode
             * @instance
             */
            OverNode.prototype.limitCall = 0;

            /**
             * OverNode mode.
             * @member {laminardb.plan.OverNode.Mode} mode
             * @memberof laminardb.plan.OverNode
             * @instance
             */
            OverNode.prototype.mode = 0;

            /**
             * OverNode timeColumn.
             * @member {string} timeColumn
             * @memberof laminardb.plan.OverNode
             * @instance
             */
            OverNode.prototype.timeColumn = "";

            /**
             * OverNode limitCallHidden.
             * @member {boolean} limitCallHidden
             * @memberof laminardb.plan.OverNode
             * @instance
             */
            OverNode.prototype.limitCallHidden = false;

            /**
             * Creates a new OverNode instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.OverNode
             * @static
             * @param {laminardb.plan.OverNode.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.OverNode} OverNode instance
             * @type {{
             *   (properties: laminardb.plan.OverNode.$Shape): laminardb.plan.OverNode & laminardb.plan.OverNode.$Shape;
             *   (properties?: laminardb.plan.OverNode.$Properties): laminardb.plan.OverNode;
             * }}
             */
            OverNode.create = function(properties) {
                return new OverNode(properties);
            };

            /**
             * Encodes the specified OverNode message. Does not implicitly {@link laminardb.plan.OverNode.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.OverNode
             * @static
             * @param {laminardb.plan.OverNode.$Properties} message OverNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OverNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partitionBy != null && message.partitionBy.length)
                    for (let i = 0; i < message.partitionBy.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.partitionBy[i]);
                if (message.orderBy != null && message.orderBy.length)
                    for (let i = 0; i < message.orderBy.length; ++i)
                        $root.laminardb.plan.SortKey.encode(message.orderBy[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.calls != null && message.calls.length)
                    for (let i = 0; i < message.calls.length; ++i)
                        $root.laminardb.plan.OverCall.encode(message.calls[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && !$Object.is(message.limit, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.limit);
                if (message.limitCall != null && $Object.hasOwnProperty.call(message, "limitCall") && message.limitCall !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.limitCall);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.mode);
                if (message.timeColumn != null && $Object.hasOwnProperty.call(message, "timeColumn") && message.timeColumn !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.timeColumn);
                if (message.limitCallHidden != null && $Object.hasOwnProperty.call(message, "limitCallHidden") && message.limitCallHidden !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.limitCallHidden);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OverNode message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.OverNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.OverNode & laminardb.plan.OverNode.$Shape} OverNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OverNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.OverNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.partitionBy && message.partitionBy.length))
                                message.partitionBy = [];
                            message.partitionBy.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.orderBy && message.orderBy.length))
                                message.orderBy = [];
                            message.orderBy.push($root.laminardb.plan.SortKey.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.calls && message.calls.length))
                                message.calls = [];
                            message.calls.push($root.laminardb.plan.OverCall.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.limitCall = value;
                            else
                                delete message.limitCall;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.timeColumn = value;
                            else
                                delete message.timeColumn;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.limitCallHidden = value;
                            else
                                delete message.limitCallHidden;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an OverNode message.
             * @function verify
             * @memberof laminardb.plan.OverNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            OverNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.partitionBy != null && $Object.hasOwnProperty.call(message, "partitionBy")) {
                    if (!$Array.isArray(message.partitionBy))
                        return "partitionBy: array expected";
                    for (let i = 0; i < message.partitionBy.length; ++i)
                        if (!$util.isString(message.partitionBy[i]))
                            return "partitionBy: string[] expected";
                }
                if (message.orderBy != null && $Object.hasOwnProperty.call(message, "orderBy")) {
                    if (!$Array.isArray(message.orderBy))
                        return "orderBy: array expected";
                    for (let i = 0; i < message.orderBy.length; ++i) {
                        let error = $root.laminardb.plan.SortKey.verify(message.orderBy[i], _depth + 1);
                        if (error)
                            return "orderBy." + error;
                    }
                }
                if (message.calls != null && $Object.hasOwnProperty.call(message, "calls")) {
                    if (!$Array.isArray(message.calls))
                        return "calls: array expected";
                    for (let i = 0; i < message.calls.length; ++i) {
                        let error = $root.laminardb.plan.OverCall.verify(message.calls[i], _depth + 1);
                        if (error)
                            return "calls." + error;
                    }
                }
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    if (typeof message.limit !== "number")
                        return "limit: number expected";
                if (message.limitCall != null && $Object.hasOwnProperty.call(message, "limitCall"))
                    if (!$util.isInteger(message.limitCall))
                        return "limitCall: integer expected";
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (typeof message.mode !== "number" || (message.mode | 0) !== message.mode)
                        return "mode: enum value expected";
                if (message.timeColumn != null && $Object.hasOwnProperty.call(message, "timeColumn"))
                    if (!$util.isString(message.timeColumn))
                        return "timeColumn: string expected";
                if (message.limitCallHidden != null && $Object.hasOwnProperty.call(message, "limitCallHidden"))
                    if (typeof message.limitCallHidden !== "boolean")
                        return "limitCallHidden: boolean expected";
                return null;
            };

            /**
             * Creates an OverNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.OverNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.OverNode} OverNode
             */
            OverNode.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.OverNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.OverNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.OverNode();
                if (object.partitionBy) {
                    if (!$Array.isArray(object.partitionBy))
                        throw $TypeError(".laminardb.plan.OverNode.partitionBy: array expected");
                    message.partitionBy = $Array(object.partitionBy.length);
                    for (let i = 0; i < object.partitionBy.length; ++i)
                        message.partitionBy[i] = $String(object.partitionBy[i]);
                }
                if (object.orderBy) {
                    if (!$Array.isArray(object.orderBy))
                        throw $TypeError(".laminardb.plan.OverNode.orderBy: array expected");
                    message.orderBy = $Array(object.orderBy.length);
                    for (let i = 0; i < object.orderBy.length; ++i) {
                        if (!$util.isObject(object.orderBy[i]))
                            throw $TypeError(".laminardb.plan.OverNode.orderBy: object expected");
                        message.orderBy[i] = $root.laminardb.plan.SortKey.fromObject(object.orderBy[i], _depth + 1);
                    }
                }
                if (object.calls) {
                    if (!$Array.isArray(object.calls))
                        throw $TypeError(".laminardb.plan.OverNode.calls: array expected");
                    message.calls = $Array(object.calls.length);
                    for (let i = 0; i < object.calls.length; ++i) {
                        if (!$util.isObject(object.calls[i]))
                            throw $TypeError(".laminardb.plan.OverNode.calls: object expected");
                        message.calls[i] = $root.laminardb.plan.OverCall.fromObject(object.calls[i], _depth + 1);
                    }
                }
                if (object.limit != null)
                    if (!$Object.is($Number(object.limit), 0))
                        message.limit = $Number(object.limit);
                if (object.limitCall != null)
                    if ($Number(object.limitCall) !== 0)
                        message.limitCall = object.limitCall | 0;
                if (object.mode !== 0 && (typeof object.mode !== "string" || $root.laminardb.plan.OverNode.Mode[object.mode] !== 0))
                    switch (object.mode) {
                    case "CHANGELOG":
                    case 0:
                        message.mode = 0;
                        break;
                    case "WATERMARK":
                    case 1:
                        message.mode = 1;
                        break;
                    case "BOUNDED":
                    case 2:
                        message.mode = 2;
                        break;
                    default:
                        if (typeof object.mode === "number" && (object.mode | 0) === object.mode)
                            message.mode = object.mode;
                    }
                if (object.timeColumn != null)
                    if (typeof object.timeColumn !== "string" || object.timeColumn.length)
                        message.timeColumn = $String(object.timeColumn);
                if (object.limitCallHidden != null)
                    if (object.limitCallHidden)
                        message.limitCallHidden = $Boolean(object.limitCallHidden);
                return message;
            };

            /**
             * Creates a plain object from an OverNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.OverNode
             * @static
             * @param {laminardb.plan.OverNode} message OverNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OverNode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.partitionBy = [];
                    object.orderBy = [];
                    object.calls = [];
                }
                if (options.defaults) {
                    object.limit = 0;
                    object.limitCall = 0;
                    object.mode = options.enums === $String ? "CHANGELOG" : 0;
                    object.timeColumn = "";
                    object.limitCallHidden = false;
                }
                if (message.partitionBy && message.partitionBy.length) {
                    object.partitionBy = $Array(message.partitionBy.length);
                    for (let j = 0; j < message.partitionBy.length; ++j)
                        object.partitionBy[j] = message.partitionBy[j];
                }
                if (message.orderBy && message.orderBy.length) {
                    object.orderBy = $Array(message.orderBy.length);
                    for (let j = 0; j < message.orderBy.length; ++j)
                        object.orderBy[j] = $root.laminardb.plan.SortKey.toObject(message.orderBy[j], options, _depth + 1);
                }
                if (message.calls && message.calls.length) {
                    object.calls = $Array(message.calls.length);
                    for (let j = 0; j < message.calls.length; ++j)
                        object.calls[j] = $root.laminardb.plan.OverCall.toObject(message.calls[j], options, _depth + 1);
                }
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = options.json && !$isFinite(message.limit) ? $String(message.limit) : message.limit;
                if (message.limitCall != null && $Object.hasOwnProperty.call(message, "limitCall"))
                    object.limitCall = message.limitCall;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = options.enums === $String ? $root.laminardb.plan.OverNode.Mode[message.mode] === $undefined ? message.mode : $root.laminardb.plan.OverNode.Mode[message.mode] : message.mode;
                if (message.timeColumn != null && $Object.hasOwnProperty.call(message, "timeColumn"))
                    object.timeColumn = message.timeColumn;
                if (message.limitCallHidden != null && $Object.hasOwnProperty.call(message, "limitCallHidden"))
                    object.limitCallHidden = message.limitCallHidden;
                return object;
            };

            /**
             * Converts this OverNode to JSON.
             * @function toJSON
             * @memberof laminardb.plan.OverNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OverNode.prototype.toJSON = function() {
                return OverNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for OverNode
             * @function getTypeUrl
             * @memberof laminardb.plan.OverNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OverNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.OverNode";
            };

            /**
             * Mode enum.
             * @name laminardb.plan.OverNode.Mode
             * @enum {number}
             * @property {number} CHANGELOG=0 CHANGELOG value
             * @property {number} WATERMARK=1 WATERMARK value
             * @property {number} BOUNDED=2 BOUNDED value
             */
            OverNode.Mode = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CHANGELOG"] = 0;
                values[valuesById[1] = "WATERMARK"] = 1;
                values[valuesById[2] = "BOUNDED"] = 2;
                return values;
            })();

            return OverNode;
        })();

        plan.OverCall = (function() {

            /**
             * Properties of an OverCall.
             * @typedef {Object} laminardb.plan.OverCall.$Properties
             * @property {string|null} [name] OverCall name
             * @property {string|null} ["function"] OverCall function
             * @property {Array.<laminardb.plan.Expr.$Properties>|null} [args] OverCall args
             * @property {laminardb.plan.Frame.$Properties|null} [frame] OverCall frame
             * @property {laminardb.plan.AggregateCall.$Properties|null} [aggregate] OverCall aggregate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OverCall.
             * @memberof laminardb.plan
             * @interface IOverCall
             * @augments laminardb.plan.OverCall.$Properties
             * @deprecated Use laminardb.plan.OverCall.$Properties instead.
             */

            /**
             * Shape of an OverCall.
             * @typedef {{
             *   name?: string|null;
             *   "function"?: string|null;
             *   args?: Array.<laminardb.plan.Expr.$Shape>|null;
             *   frame?: laminardb.plan.Frame.$Shape|null;
             *   aggregate?: laminardb.plan.AggregateCall.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} laminardb.plan.OverCall.$Shape
             */

            /**
             * Constructs a new OverCall.
             * @memberof laminardb.plan
             * @classdesc Represents an OverCall.
             * @constructor
             * @param {laminardb.plan.OverCall.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OverCall = function (properties) {
                this.args = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OverCall name.
             * @member {string} name
             * @memberof laminardb.plan.OverCall
             * @instance
             */
            OverCall.prototype.name = "";

            /**
             * OverCall function.
             * @member {string} function
             * @memberof laminardb.plan.OverCall
             * @instance
             */
            OverCall.prototype["function"] = "";

            /**
             * OverCall args.
             * @member {Array.<laminardb.plan.Expr.$Properties>} args
             * @memberof laminardb.plan.OverCall
             * @instance
             */
            OverCall.prototype.args = $util.emptyArray;

            /**
             * OverCall frame.
             * @member {laminardb.plan.Frame.$Properties|null|undefined} frame
             * @memberof laminardb.plan.OverCall
             * @instance
             */
            OverCall.prototype.frame = null;

            /**
             * OverCall aggregate.
             * @member {laminardb.plan.AggregateCall.$Properties|null|undefined} aggregate
             * @memberof laminardb.plan.OverCall
             * @instance
             */
            OverCall.prototype.aggregate = null;

            /**
             * Creates a new OverCall instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.OverCall
             * @static
             * @param {laminardb.plan.OverCall.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.OverCall} OverCall instance
             * @type {{
             *   (properties: laminardb.plan.OverCall.$Shape): laminardb.plan.OverCall & laminardb.plan.OverCall.$Shape;
             *   (properties?: laminardb.plan.OverCall.$Properties): laminardb.plan.OverCall;
             * }}
             */
            OverCall.create = function(properties) {
                return new OverCall(properties);
            };

            /**
             * Encodes the specified OverCall message. Does not implicitly {@link laminardb.plan.OverCall.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.OverCall
             * @static
             * @param {laminardb.plan.OverCall.$Properties} message OverCall message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OverCall.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message["function"] != null && $Object.hasOwnProperty.call(message, "function") && message["function"] !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message["function"]);
                if (message.args != null && message.args.length)
                    for (let i = 0; i < message.args.length; ++i)
                        $root.laminardb.plan.Expr.encode(message.args[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.frame != null && $Object.hasOwnProperty.call(message, "frame"))
                    $root.laminardb.plan.Frame.encode(message.frame, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.aggregate != null && $Object.hasOwnProperty.call(message, "aggregate"))
                    $root.laminardb.plan.AggregateCall.encode(message.aggregate, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OverCall message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.OverCall
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.OverCall & laminardb.plan.OverCall.$Shape} OverCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OverCall.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.OverCall();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message["function"] = value;
                            else
                                delete message["function"];
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.args && message.args.length))
                                message.args = [];
                            message.args.push($root.laminardb.plan.Expr.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.frame = $root.laminardb.plan.Frame.decode(reader, reader.size(), $undefined, _depth + 1, message.frame);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.aggregate = $root.laminardb.plan.AggregateCall.decode(reader, reader.size(), $undefined, _depth + 1, message.aggregate);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an OverCall message.
             * @function verify
             * @memberof laminardb.plan.OverCall
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            OverCall.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message["function"] != null && $Object.hasOwnProperty.call(message, "function"))
                    if (!$util.isString(message["function"]))
                        return "function: string expected";
                if (message.args != null && $Object.hasOwnProperty.call(message, "args")) {
                    if (!$Array.isArray(message.args))
                        return "args: array expected";
                    for (let i = 0; i < message.args.length; ++i) {
                        let error = $root.laminardb.plan.Expr.verify(message.args[i], _depth + 1);
                        if (error)
                            return "args." + error;
                    }
                }
                if (message.frame != null && $Object.hasOwnProperty.call(message, "frame")) {
                    let error = $root.laminardb.plan.Frame.verify(message.frame, _depth + 1);
                    if (error)
                        return "frame." + error;
                }
                if (message.aggregate != null && $Object.hasOwnProperty.call(message, "aggregate")) {
                    let error = $root.laminardb.plan.AggregateCall.verify(message.aggregate, _depth + 1);
                    if (error)
                        return "aggregate." + error;
                }
                return null;
            };

            /**
             * Creates an OverCall message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.OverCall
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.OverCall} OverCall
             */
            OverCall.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.OverCall)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.OverCall: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.OverCall();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object["function"] != null)
                    if (typeof object["function"] !== "string" || object["function"].length)
                        message["function"] = $String(object["function"]);
                if (object.args) {
                    if (!$Array.isArray(object.args))
                        throw $TypeError(".laminardb.plan.OverCall.args: array expected");
                    message.args = $Array(object.args.length);
                    for (let i = 0; i < object.args.length; ++i) {
                        if (!$util.isObject(object.args[i]))
                            throw $TypeError(".laminardb.plan.OverCall.args: object expected");
                        message.args[i] = $root.laminardb.plan.Expr.fromObject(object.args[i], _depth + 1);
                    }
                }
                if (object.frame != null) {
                    if (!$util.isObject(object.frame))
                        throw $TypeError(".laminardb.plan.OverCall.frame: object expected");
                    message.frame = $root.laminardb.plan.Frame.fromObject(object.frame, _depth + 1);
                }
                if (object.aggregate != null) {
                    if (!$util.isObject(object.aggregate))
                        throw $TypeError(".laminardb.plan.OverCall.aggregate: object expected");
                    message.aggregate = $root.laminardb.plan.AggregateCall.fromObject(object.aggregate, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an OverCall message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.OverCall
             * @static
             * @param {laminardb.plan.OverCall} message OverCall
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OverCall.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.args = [];
                if (options.defaults) {
                    object.name = "";
                    object["function"] = "";
                    object.frame = null;
                    object.aggregate = null;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message["function"] != null && $Object.hasOwnProperty.call(message, "function"))
                    object["function"] = message["function"];
                if (message.args && message.args.length) {
                    object.args = $Array(message.args.length);
                    for (let j = 0; j < message.args.length; ++j)
                        object.args[j] = $root.laminardb.plan.Expr.toObject(message.args[j], options, _depth + 1);
                }
                if (message.frame != null && $Object.hasOwnProperty.call(message, "frame"))
                    object.frame = $root.laminardb.plan.Frame.toObject(message.frame, options, _depth + 1);
                if (message.aggregate != null && $Object.hasOwnProperty.call(message, "aggregate"))
                    object.aggregate = $root.laminardb.plan.AggregateCall.toObject(message.aggregate, options, _depth + 1);
                return object;
            };

            /**
             * Converts this OverCall to JSON.
             * @function toJSON
             * @memberof laminardb.plan.OverCall
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OverCall.prototype.toJSON = function() {
                return OverCall.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for OverCall
             * @function getTypeUrl
             * @memberof laminardb.plan.OverCall
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OverCall.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.OverCall";
            };

            return OverCall;
        })();

        plan.Frame = (function() {

            /**
             * Properties of a Frame.
             * @typedef {Object} laminardb.plan.Frame.$Properties
             * @property {boolean|null} [range] Frame range
             * @property {laminardb.plan.Frame.Bound|null} [start] Frame start
             * @property {number|null} [startOffset] Frame startOffset
             * @property {laminardb.plan.Frame.Bound|null} [end] Frame end
             * @property {number|null} [endOffset] Frame endOffset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Frame.
             * @memberof laminardb.plan
             * @interface IFrame
             * @augments laminardb.plan.Frame.$Properties
             * @deprecated Use laminardb.plan.Frame.$Properties instead.
             */

            /**
             * Shape of a Frame.
             * @typedef {laminardb.plan.Frame.$Properties} laminardb.plan.Frame.$Shape
             */

            /**
             * Constructs a new Frame.
             * @memberof laminardb.plan
             * @classdesc Represents a Frame.
             * @constructor
             * @param {laminardb.plan.Frame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Frame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Frame range.
             * @member {boolean} range
             * @memberof laminardb.plan.Frame
             * @instance
             */
            Frame.prototype.range = false;

            /**
             * Frame start.
             * @member {laminardb.plan.Frame.Bound} start
             * @memberof laminardb.plan.Frame
             * @instance
             */
            Frame.prototype.start = 0;

            /**
             * Frame startOffset.
             * @member {number} startOffset
             * @memberof laminardb.plan.Frame
             * @instance
             */
            Frame.prototype.startOffset = 0;

            /**
             * Frame end.
             * @member {laminardb.plan.Frame.Bound} end
             * @memberof laminardb.plan.Frame
             * @instance
             */
            Frame.prototype.end = 0;

            /**
             * Frame endOffset.
             * @member {number} endOffset
             * @memberof laminardb.plan.Frame
             * @instance
             */
            Frame.prototype.endOffset = 0;

            /**
             * Creates a new Frame instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.Frame
             * @static
             * @param {laminardb.plan.Frame.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.Frame} Frame instance
             * @type {{
             *   (properties: laminardb.plan.Frame.$Shape): laminardb.plan.Frame & laminardb.plan.Frame.$Shape;
             *   (properties?: laminardb.plan.Frame.$Properties): laminardb.plan.Frame;
             * }}
             */
            Frame.create = function(properties) {
                return new Frame(properties);
            };

            /**
             * Encodes the specified Frame message. Does not implicitly {@link laminardb.plan.Frame.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.Frame
             * @static
             * @param {laminardb.plan.Frame.$Properties} message Frame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Frame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.range != null && $Object.hasOwnProperty.call(message, "range") && message.range !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.range);
                if (message.start != null && $Object.hasOwnProperty.call(message, "start") && message.start !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.start);
                if (message.startOffset != null && $Object.hasOwnProperty.call(message, "startOffset") && !$Object.is(message.startOffset, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.startOffset);
                if (message.end != null && $Object.hasOwnProperty.call(message, "end") && message.end !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.end);
                if (message.endOffset != null && $Object.hasOwnProperty.call(message, "endOffset") && !$Object.is(message.endOffset, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.endOffset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Frame message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.Frame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.Frame & laminardb.plan.Frame.$Shape} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Frame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.Frame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.range = value;
                            else
                                delete message.range;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.startOffset = value;
                            else
                                delete message.startOffset;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.end = value;
                            else
                                delete message.end;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.endOffset = value;
                            else
                                delete message.endOffset;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Frame message.
             * @function verify
             * @memberof laminardb.plan.Frame
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Frame.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.range != null && $Object.hasOwnProperty.call(message, "range"))
                    if (typeof message.range !== "boolean")
                        return "range: boolean expected";
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    if (typeof message.start !== "number" || (message.start | 0) !== message.start)
                        return "start: enum value expected";
                if (message.startOffset != null && $Object.hasOwnProperty.call(message, "startOffset"))
                    if (typeof message.startOffset !== "number")
                        return "startOffset: number expected";
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    if (typeof message.end !== "number" || (message.end | 0) !== message.end)
                        return "end: enum value expected";
                if (message.endOffset != null && $Object.hasOwnProperty.call(message, "endOffset"))
                    if (typeof message.endOffset !== "number")
                        return "endOffset: number expected";
                return null;
            };

            /**
             * Creates a Frame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.Frame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.Frame} Frame
             */
            Frame.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.Frame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.Frame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.Frame();
                if (object.range != null)
                    if (object.range)
                        message.range = $Boolean(object.range);
                if (object.start !== 0 && (typeof object.start !== "string" || $root.laminardb.plan.Frame.Bound[object.start] !== 0))
                    switch (object.start) {
                    case "UNBOUNDED_PRECEDING":
                    case 0:
                        message.start = 0;
                        break;
                    case "PRECEDING":
                    case 1:
                        message.start = 1;
                        break;
                    case "CURRENT_ROW":
                    case 2:
                        message.start = 2;
                        break;
                    case "FOLLOWING":
                    case 3:
                        message.start = 3;
                        break;
                    case "UNBOUNDED_FOLLOWING":
                    case 4:
                        message.start = 4;
                        break;
                    default:
                        if (typeof object.start === "number" && (object.start | 0) === object.start)
                            message.start = object.start;
                    }
                if (object.startOffset != null)
                    if (!$Object.is($Number(object.startOffset), 0))
                        message.startOffset = $Number(object.startOffset);
                if (object.end !== 0 && (typeof object.end !== "string" || $root.laminardb.plan.Frame.Bound[object.end] !== 0))
                    switch (object.end) {
                    case "UNBOUNDED_PRECEDING":
                    case 0:
                        message.end = 0;
                        break;
                    case "PRECEDING":
                    case 1:
                        message.end = 1;
                        break;
                    case "CURRENT_ROW":
                    case 2:
                        message.end = 2;
                        break;
                    case "FOLLOWING":
                    case 3:
                        message.end = 3;
                        break;
                    case "UNBOUNDED_FOLLOWING":
                    case 4:
                        message.end = 4;
                        break;
                    default:
                        if (typeof object.end === "number" && (object.end | 0) === object.end)
                            message.end = object.end;
                    }
                if (object.endOffset != null)
                    if (!$Object.is($Number(object.endOffset), 0))
                        message.endOffset = $Number(object.endOffset);
                return message;
            };

            /**
             * Creates a plain object from a Frame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.Frame
             * @static
             * @param {laminardb.plan.Frame} message Frame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Frame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.range = false;
                    object.start = options.enums === $String ? "UNBOUNDED_PRECEDING" : 0;
                    object.startOffset = 0;
                    object.end = options.enums === $String ? "UNBOUNDED_PRECEDING" : 0;
                    object.endOffset = 0;
                }
                if (message.range != null && $Object.hasOwnProperty.call(message, "range"))
                    object.range = message.range;
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    object.start = options.enums === $String ? $root.laminardb.plan.Frame.Bound[message.start] === $undefined ? message.start : $root.laminardb.plan.Frame.Bound[message.start] : message.start;
                if (message.startOffset != null && $Object.hasOwnProperty.call(message, "startOffset"))
                    object.startOffset = options.json && !$isFinite(message.startOffset) ? $String(message.startOffset) : message.startOffset;
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    object.end = options.enums === $String ? $root.laminardb.plan.Frame.Bound[message.end] === $undefined ? message.end : $root.laminardb.plan.Frame.Bound[message.end] : message.end;
                if (message.endOffset != null && $Object.hasOwnProperty.call(message, "endOffset"))
                    object.endOffset = options.json && !$isFinite(message.endOffset) ? $String(message.endOffset) : message.endOffset;
                return object;
            };

            /**
             * Converts this Frame to JSON.
             * @function toJSON
             * @memberof laminardb.plan.Frame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Frame.prototype.toJSON = function() {
                return Frame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Frame
             * @function getTypeUrl
             * @memberof laminardb.plan.Frame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Frame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.Frame";
            };

            /**
             * Bound enum.
             * @name laminardb.plan.Frame.Bound
             * @enum {number}
             * @property {number} UNBOUNDED_PRECEDING=0 UNBOUNDED_PRECEDING value
             * @property {number} PRECEDING=1 PRECEDING value
             * @property {number} CURRENT_ROW=2 CURRENT_ROW value
             * @property {number} FOLLOWING=3 FOLLOWING value
             * @property {number} UNBOUNDED_FOLLOWING=4 UNBOUNDED_FOLLOWING value
             */
            Frame.Bound = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNBOUNDED_PRECEDING"] = 0;
                values[valuesById[1] = "PRECEDING"] = 1;
                values[valuesById[2] = "CURRENT_ROW"] = 2;
                values[valuesById[3] = "FOLLOWING"] = 3;
                values[valuesById[4] = "UNBOUNDED_FOLLOWING"] = 4;
                return values;
            })();

            return Frame;
        })();

        plan.IntervalBound = (function() {

            /**
             * Properties of an IntervalBound.
             * @typedef {Object} laminardb.plan.IntervalBound.$Properties
             * @property {string|null} [leftTime] IntervalBound leftTime
             * @property {string|null} [rightTime] IntervalBound rightTime
             * @property {number|null} [lowerMs] IntervalBound lowerMs
             * @property {number|null} [upperMs] IntervalBound upperMs
             * @property {number|null} [leftLagMs] IntervalBound leftLagMs
             * @property {number|null} [rightLagMs] IntervalBound rightLagMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IntervalBound.
             * @memberof laminardb.plan
             * @interface IIntervalBound
             * @augments laminardb.plan.IntervalBound.$Properties
             * @deprecated Use laminardb.plan.IntervalBound.$Properties instead.
             */

            /**
             * Shape of an IntervalBound.
             * @typedef {laminardb.plan.IntervalBound.$Properties} laminardb.plan.IntervalBound.$Shape
             */

            /**
             * Constructs a new IntervalBound.
             * @memberof laminardb.plan
             * @classdesc Represents an IntervalBound.
             * @constructor
             * @param {laminardb.plan.IntervalBound.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IntervalBound = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IntervalBound leftTime.
             * @member {string} leftTime
             * @memberof laminardb.plan.IntervalBound
             * @instance
             */
            IntervalBound.prototype.leftTime = "";

            /**
             * IntervalBound rightTime.
             * @member {string} rightTime
             * @memberof laminardb.plan.IntervalBound
             * @instance
             */
            IntervalBound.prototype.rightTime = "";

            /**
             * IntervalBound lowerMs.
             * @member {number} lowerMs
             * @memberof laminardb.plan.IntervalBound
             * @instance
             */
            IntervalBound.prototype.lowerMs = 0;

            /**
             * IntervalBound upperMs.
             * @member {number} upperMs
             * @memberof laminardb.plan.IntervalBound
             * @instance
             */
            IntervalBound.prototype.upperMs = 0;

            /**
             * IntervalBound leftLagMs.
             * @member {number} leftLagMs
             * @memberof laminardb.plan.IntervalBound
             * @instance
             */
            IntervalBound.prototype.leftLagMs = 0;

            /**
             * IntervalBound rightLagMs.
             * @member {number} rightLagMs
             * @memberof laminardb.plan.IntervalBound
             * @instance
             */
            IntervalBound.prototype.rightLagMs = 0;

            /**
             * Creates a new IntervalBound instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.IntervalBound
             * @static
             * @param {laminardb.plan.IntervalBound.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.IntervalBound} IntervalBound instance
             * @type {{
             *   (properties: laminardb.plan.IntervalBound.$Shape): laminardb.plan.IntervalBound & laminardb.plan.IntervalBound.$Shape;
             *   (properties?: laminardb.plan.IntervalBound.$Properties): laminardb.plan.IntervalBound;
             * }}
             */
            IntervalBound.create = function(properties) {
                return new IntervalBound(properties);
            };

            /**
             * Encodes the specified IntervalBound message. Does not implicitly {@link laminardb.plan.IntervalBound.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.IntervalBound
             * @static
             * @param {laminardb.plan.IntervalBound.$Properties} message IntervalBound message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntervalBound.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.leftTime != null && $Object.hasOwnProperty.call(message, "leftTime") && message.leftTime !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.leftTime);
                if (message.rightTime != null && $Object.hasOwnProperty.call(message, "rightTime") && message.rightTime !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.rightTime);
                if (message.lowerMs != null && $Object.hasOwnProperty.call(message, "lowerMs") && !$Object.is(message.lowerMs, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.lowerMs);
                if (message.upperMs != null && $Object.hasOwnProperty.call(message, "upperMs") && !$Object.is(message.upperMs, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.upperMs);
                if (message.leftLagMs != null && $Object.hasOwnProperty.call(message, "leftLagMs") && !$Object.is(message.leftLagMs, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.leftLagMs);
                if (message.rightLagMs != null && $Object.hasOwnProperty.call(message, "rightLagMs") && !$Object.is(message.rightLagMs, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.rightLagMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IntervalBound message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.IntervalBound
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.IntervalBound & laminardb.plan.IntervalBound.$Shape} IntervalBound
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntervalBound.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.IntervalBound();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leftTime = value;
                            else
                                delete message.leftTime;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rightTime = value;
                            else
                                delete message.rightTime;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lowerMs = value;
                            else
                                delete message.lowerMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.upperMs = value;
                            else
                                delete message.upperMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.leftLagMs = value;
                            else
                                delete message.leftLagMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.rightLagMs = value;
                            else
                                delete message.rightLagMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an IntervalBound message.
             * @function verify
             * @memberof laminardb.plan.IntervalBound
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IntervalBound.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.leftTime != null && $Object.hasOwnProperty.call(message, "leftTime"))
                    if (!$util.isString(message.leftTime))
                        return "leftTime: string expected";
                if (message.rightTime != null && $Object.hasOwnProperty.call(message, "rightTime"))
                    if (!$util.isString(message.rightTime))
                        return "rightTime: string expected";
                if (message.lowerMs != null && $Object.hasOwnProperty.call(message, "lowerMs"))
                    if (typeof message.lowerMs !== "number")
                        return "lowerMs: number expected";
                if (message.upperMs != null && $Object.hasOwnProperty.call(message, "upperMs"))
                    if (typeof message.upperMs !== "number")
                        return "upperMs: number expected";
                if (message.leftLagMs != null && $Object.hasOwnProperty.call(message, "leftLagMs"))
                    if (typeof message.leftLagMs !== "number")
                        return "leftLagMs: number expected";
                if (message.rightLagMs != null && $Object.hasOwnProperty.call(message, "rightLagMs"))
                    if (typeof message.rightLagMs !== "number")
                        return "rightLagMs: number expected";
                return null;
            };

            /**
             * Creates an IntervalBound message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.IntervalBound
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.IntervalBound} IntervalBound
             */
            IntervalBound.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.IntervalBound)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.IntervalBound: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.IntervalBound();
                if (object.leftTime != null)
                    if (typeof object.leftTime !== "string" || object.leftTime.length)
                        message.leftTime = $String(object.leftTime);
                if (object.rightTime != null)
                    if (typeof object.rightTime !== "string" || object.rightTime.length)
                        message.rightTime = $String(object.rightTime);
                if (object.lowerMs != null)
                    if (!$Object.is($Number(object.lowerMs), 0))
                        message.lowerMs = $Number(object.lowerMs);
                if (object.upperMs != null)
                    if (!$Object.is($Number(object.upperMs), 0))
                        message.upperMs = $Number(object.upperMs);
                if (object.leftLagMs != null)
                    if (!$Object.is($Number(object.leftLagMs), 0))
                        message.leftLagMs = $Number(object.leftLagMs);
                if (object.rightLagMs != null)
                    if (!$Object.is($Number(object.rightLagMs), 0))
                        message.rightLagMs = $Number(object.rightLagMs);
                return message;
            };

            /**
             * Creates a plain object from an IntervalBound message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.IntervalBound
             * @static
             * @param {laminardb.plan.IntervalBound} message IntervalBound
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IntervalBound.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.leftTime = "";
                    object.rightTime = "";
                    object.lowerMs = 0;
                    object.upperMs = 0;
                    object.leftLagMs = 0;
                    object.rightLagMs = 0;
                }
                if (message.leftTime != null && $Object.hasOwnProperty.call(message, "leftTime"))
                    object.leftTime = message.leftTime;
                if (message.rightTime != null && $Object.hasOwnProperty.call(message, "rightTime"))
                    object.rightTime = message.rightTime;
                if (message.lowerMs != null && $Object.hasOwnProperty.call(message, "lowerMs"))
                    object.lowerMs = options.json && !$isFinite(message.lowerMs) ? $String(message.lowerMs) : message.lowerMs;
                if (message.upperMs != null && $Object.hasOwnProperty.call(message, "upperMs"))
                    object.upperMs = options.json && !$isFinite(message.upperMs) ? $String(message.upperMs) : message.upperMs;
                if (message.leftLagMs != null && $Object.hasOwnProperty.call(message, "leftLagMs"))
                    object.leftLagMs = options.json && !$isFinite(message.leftLagMs) ? $String(message.leftLagMs) : message.leftLagMs;
                if (message.rightLagMs != null && $Object.hasOwnProperty.call(message, "rightLagMs"))
                    object.rightLagMs = options.json && !$isFinite(message.rightLagMs) ? $String(message.rightLagMs) : message.rightLagMs;
                return object;
            };

            /**
             * Converts this IntervalBound to JSON.
             * @function toJSON
             * @memberof laminardb.plan.IntervalBound
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IntervalBound.prototype.toJSON = function() {
                return IntervalBound.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IntervalBound
             * @function getTypeUrl
             * @memberof laminardb.plan.IntervalBound
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IntervalBound.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.IntervalBound";
            };

            return IntervalBound;
        })();

        plan.LateRowsNode = (function() {

            /**
             * Properties of a LateRowsNode.
             * @typedef {Object} laminardb.plan.LateRowsNode.$Properties
             * @property {string|null} [timeColumn] LateRowsNode timeColumn
             * @property {laminardb.plan.Window.$Properties|null} [window] LateRowsNode window
             * @property {number|null} [latenessMs] LateRowsNode latenessMs
             * @property {boolean|null} [late] LateRowsNode late
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LateRowsNode.
             * @memberof laminardb.plan
             * @interface ILateRowsNode
             * @augments laminardb.plan.LateRowsNode.$Properties
             * @deprecated Use laminardb.plan.LateRowsNode.$Properties instead.
             */

            /**
             * Shape of a LateRowsNode.
             * @typedef {{
             *   timeColumn?: string|null;
             *   window?: laminardb.plan.Window.$Shape|null;
             *   latenessMs?: number|null;
             *   late?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} laminardb.plan.LateRowsNode.$Shape
             */

            /**
             * Constructs a new LateRowsNode.
             * @memberof laminardb.plan
             * @classdesc Represents a LateRowsNode.
             * @constructor
             * @param {laminardb.plan.LateRowsNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LateRowsNode = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LateRowsNode timeColumn.
             * @member {string} timeColumn
             * @memberof laminardb.plan.LateRowsNode
             * @instance
             */
            LateRowsNode.prototype.timeColumn = "";

            /**
             * LateRowsNode window.
             * @member {laminardb.plan.Window.$Properties|null|undefined} window
             * @memberof laminardb.plan.LateRowsNode
             * @instance
             */
            LateRowsNode.prototype.window = null;

            /**
             * LateRowsNode latenessMs.
             * @member {number} latenessMs
             * @memberof laminardb.plan.LateRowsNode
             * @instance
             */
            LateRowsNode.prototype.latenessMs = 0;

            /**
             * LateRowsNode late.
             * @member {boolean} late
             * @memberof laminardb.plan.LateRowsNode
             * @instance
             */
            LateRowsNode.prototype.late = false;

            /**
             * Creates a new LateRowsNode instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.LateRowsNode
             * @static
             * @param {laminardb.plan.LateRowsNode.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.LateRowsNode} LateRowsNode instance
             * @type {{
             *   (properties: laminardb.plan.LateRowsNode.$Shape): laminardb.plan.LateRowsNode & laminardb.plan.LateRowsNode.$Shape;
             *   (properties?: laminardb.plan.LateRowsNode.$Properties): laminardb.plan.LateRowsNode;
             * }}
             */
            LateRowsNode.create = function(properties) {
                return new LateRowsNode(properties);
            };

            /**
             * Encodes the specified LateRowsNode message. Does not implicitly {@link laminardb.plan.LateRowsNode.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.LateRowsNode
             * @static
             * @param {laminardb.plan.LateRowsNode.$Properties} message LateRowsNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LateRowsNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timeColumn != null && $Object.hasOwnProperty.call(message, "timeColumn") && message.timeColumn !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.timeColumn);
                if (message.window != null && $Object.hasOwnProperty.call(message, "window"))
                    $root.laminardb.plan.Window.encode(message.window, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.latenessMs != null && $Object.hasOwnProperty.call(message, "latenessMs") && !$Object.is(message.latenessMs, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.latenessMs);
                if (message.late != null && $Object.hasOwnProperty.call(message, "late") && message.late !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.late);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LateRowsNode message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.LateRowsNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.LateRowsNode & laminardb.plan.LateRowsNode.$Shape} LateRowsNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LateRowsNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.LateRowsNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.timeColumn = value;
                            else
                                delete message.timeColumn;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.window = $root.laminardb.plan.Window.decode(reader, reader.size(), $undefined, _depth + 1, message.window);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.latenessMs = value;
                            else
                                delete message.latenessMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.late = value;
                            else
                                delete message.late;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LateRowsNode message.
             * @function verify
             * @memberof laminardb.plan.LateRowsNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LateRowsNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.timeColumn != null && $Object.hasOwnProperty.call(message, "timeColumn"))
                    if (!$util.isString(message.timeColumn))
                        return "timeColumn: string expected";
                if (message.window != null && $Object.hasOwnProperty.call(message, "window")) {
                    let error = $root.laminardb.plan.Window.verify(message.window, _depth + 1);
                    if (error)
                        return "window." + error;
                }
                if (message.latenessMs != null && $Object.hasOwnProperty.call(message, "latenessMs"))
                    if (typeof message.latenessMs !== "number")
                        return "latenessMs: number expected";
                if (message.late != null && $Object.hasOwnProperty.call(message, "late"))
                    if (typeof message.late !== "boolean")
                        return "late: boolean expected";
                return null;
            };

            /**
             * Creates a LateRowsNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.LateRowsNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.LateRowsNode} LateRowsNode
             */
            LateRowsNode.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.LateRowsNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.LateRowsNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.LateRowsNode();
                if (object.timeColumn != null)
                    if (typeof object.timeColumn !== "string" || object.timeColumn.length)
                        message.timeColumn = $String(object.timeColumn);
                if (object.window != null) {
                    if (!$util.isObject(object.window))
                        throw $TypeError(".laminardb.plan.LateRowsNode.window: object expected");
                    message.window = $root.laminardb.plan.Window.fromObject(object.window, _depth + 1);
                }
                if (object.latenessMs != null)
                    if (!$Object.is($Number(object.latenessMs), 0))
                        message.latenessMs = $Number(object.latenessMs);
                if (object.late != null)
                    if (object.late)
                        message.late = $Boolean(object.late);
                return message;
            };

            /**
             * Creates a plain object from a LateRowsNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.LateRowsNode
             * @static
             * @param {laminardb.plan.LateRowsNode} message LateRowsNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LateRowsNode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.timeColumn = "";
                    object.window = null;
                    object.latenessMs = 0;
                    object.late = false;
                }
                if (message.timeColumn != null && $Object.hasOwnProperty.call(message, "timeColumn"))
                    object.timeColumn = message.timeColumn;
                if (message.window != null && $Object.hasOwnProperty.call(message, "window"))
                    object.window = $root.laminardb.plan.Window.toObject(message.window, options, _depth + 1);
                if (message.latenessMs != null && $Object.hasOwnProperty.call(message, "latenessMs"))
                    object.latenessMs = options.json && !$isFinite(message.latenessMs) ? $String(message.latenessMs) : message.latenessMs;
                if (message.late != null && $Object.hasOwnProperty.call(message, "late"))
                    object.late = message.late;
                return object;
            };

            /**
             * Converts this LateRowsNode to JSON.
             * @function toJSON
             * @memberof laminardb.plan.LateRowsNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LateRowsNode.prototype.toJSON = function() {
                return LateRowsNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LateRowsNode
             * @function getTypeUrl
             * @memberof laminardb.plan.LateRowsNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LateRowsNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.LateRowsNode";
            };

            return LateRowsNode;
        })();

        plan.TemporalFilterNode = (function() {

            /**
             * Properties of a TemporalFilterNode.
             * @typedef {Object} laminardb.plan.TemporalFilterNode.$Properties
             * @property {string|null} [timeColumn] TemporalFilterNode timeColumn
             * @property {number|null} [rangeMs] TemporalFilterNode rangeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TemporalFilterNode.
             * @memberof laminardb.plan
             * @interface ITemporalFilterNode
             * @augments laminardb.plan.TemporalFilterNode.$Properties
             * @deprecated Use laminardb.plan.TemporalFilterNode.$Properties instead.
             */

            /**
             * Shape of a TemporalFilterNode.
             * @typedef {laminardb.plan.TemporalFilterNode.$Properties} laminardb.plan.TemporalFilterNode.$Shape
             */

            /**
             * Constructs a new TemporalFilterNode.
             * @memberof laminardb.plan
             * @classdesc Represents a TemporalFilterNode.
             * @constructor
             * @param {laminardb.plan.TemporalFilterNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TemporalFilterNode = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TemporalFilterNode timeColumn.
             * @member {string} timeColumn
             * @memberof laminardb.plan.TemporalFilterNode
             * @instance
             */
            TemporalFilterNode.prototype.timeColumn = "";

            /**
             * TemporalFilterNode rangeMs.
             * @member {number} rangeMs
             * @memberof laminardb.plan.TemporalFilterNode
             * @instance
             */
            TemporalFilterNode.prototype.rangeMs = 0;

            /**
             * Creates a new TemporalFilterNode instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.TemporalFilterNode
             * @static
             * @param {laminardb.plan.TemporalFilterNode.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.TemporalFilterNode} TemporalFilterNode instance
             * @type {{
             *   (properties: laminardb.plan.TemporalFilterNode.$Shape): laminardb.plan.TemporalFilterNode & laminardb.plan.TemporalFilterNode.$Shape;
             *   (properties?: laminardb.plan.TemporalFilterNode.$Properties): laminardb.plan.TemporalFilterNode;
             * }}
             */
            TemporalFilterNode.create = function(properties) {
                return new TemporalFilterNode(properties);
            };

            /**
             * Encodes the specified TemporalFilterNode message. Does not implicitly {@link laminardb.plan.TemporalFilterNode.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.TemporalFilterNode
             * @static
             * @param {laminardb.plan.TemporalFilterNode.$Properties} message TemporalFilterNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TemporalFilterNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timeColumn != null && $Object.hasOwnProperty.call(message, "timeColumn") && message.timeColumn !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.timeColumn);
                if (message.rangeMs != null && $Object.hasOwnProperty.call(message, "rangeMs") && !$Object.is(message.rangeMs, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.rangeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TemporalFilterNode message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.TemporalFilterNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.TemporalFilterNode & laminardb.plan.TemporalFilterNode.$Shape} TemporalFilterNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TemporalFilterNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.TemporalFilterNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.timeColumn = value;
                            else
                                delete message.timeColumn;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.rangeMs = value;
                            else
                                delete message.rangeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TemporalFilterNode message.
             * @function verify
             * @memberof laminardb.plan.TemporalFilterNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TemporalFilterNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.timeColumn != null && $Object.hasOwnProperty.call(message, "timeColumn"))
                    if (!$util.isString(message.timeColumn))
                        return "timeColumn: string expected";
                if (message.rangeMs != null && $Object.hasOwnProperty.call(message, "rangeMs"))
                    if (typeof message.rangeMs !== "number")
                        return "rangeMs: number expected";
                return null;
            };

            /**
             * Creates a TemporalFilterNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.TemporalFilterNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.TemporalFilterNode} TemporalFilterNode
             */
            TemporalFilterNode.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.TemporalFilterNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.TemporalFilterNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.TemporalFilterNode();
                if (object.timeColumn != null)
                    if (typeof object.timeColumn !== "string" || object.timeColumn.length)
                        message.timeColumn = $String(object.timeColumn);
                if (object.rangeMs != null)
                    if (!$Object.is($Number(object.rangeMs), 0))
                        message.rangeMs = $Number(object.rangeMs);
                return message;
            };

            /**
             * Creates a plain object from a TemporalFilterNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.TemporalFilterNode
             * @static
             * @param {laminardb.plan.TemporalFilterNode} message TemporalFilterNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TemporalFilterNode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.timeColumn = "";
                    object.rangeMs = 0;
                }
                if (message.timeColumn != null && $Object.hasOwnProperty.call(message, "timeColumn"))
                    object.timeColumn = message.timeColumn;
                if (message.rangeMs != null && $Object.hasOwnProperty.call(message, "rangeMs"))
                    object.rangeMs = options.json && !$isFinite(message.rangeMs) ? $String(message.rangeMs) : message.rangeMs;
                return object;
            };

            /**
             * Converts this TemporalFilterNode to JSON.
             * @function toJSON
             * @memberof laminardb.plan.TemporalFilterNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TemporalFilterNode.prototype.toJSON = function() {
                return TemporalFilterNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TemporalFilterNode
             * @function getTypeUrl
             * @memberof laminardb.plan.TemporalFilterNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TemporalFilterNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.TemporalFilterNode";
            };

            return TemporalFilterNode;
        })();

        plan.SortKey = (function() {

            /**
             * Properties of a SortKey.
             * @typedef {Object} laminardb.plan.SortKey.$Properties
             * @property {laminardb.plan.Expr.$Properties|null} [expr] SortKey expr
             * @property {boolean|null} [descending] SortKey descending
             * @property {boolean|null} [nullsFirst] SortKey nullsFirst
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SortKey.
             * @memberof laminardb.plan
             * @interface ISortKey
             * @augments laminardb.plan.SortKey.$Properties
             * @deprecated Use laminardb.plan.SortKey.$Properties instead.
             */

            /**
             * Shape of a SortKey.
             * @typedef {{
             *   expr?: laminardb.plan.Expr.$Shape|null;
             *   descending?: boolean|null;
             *   nullsFirst?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} laminardb.plan.SortKey.$Shape
             */

            /**
             * Constructs a new SortKey.
             * @memberof laminardb.plan
             * @classdesc Represents a SortKey.
             * @constructor
             * @param {laminardb.plan.SortKey.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SortKey = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SortKey expr.
             * @member {laminardb.plan.Expr.$Properties|null|undefined} expr
             * @memberof laminardb.plan.SortKey
             * @instance
             */
            SortKey.prototype.expr = null;

            /**
             * SortKey descending.
             * @member {boolean} descending
             * @memberof laminardb.plan.SortKey
             * @instance
             */
            SortKey.prototype.descending = false;

            /**
             * SortKey nullsFirst.
             * @member {boolean} nullsFirst
             * @memberof laminardb.plan.SortKey
             * @instance
             */
            SortKey.prototype.nullsFirst = false;

            /**
             * Creates a new SortKey instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.SortKey
             * @static
             * @param {laminardb.plan.SortKey.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.SortKey} SortKey instance
             * @type {{
             *   (properties: laminardb.plan.SortKey.$Shape): laminardb.plan.SortKey & laminardb.plan.SortKey.$Shape;
             *   (properties?: laminardb.plan.SortKey.$Properties): laminardb.plan.SortKey;
             * }}
             */
            SortKey.create = function(properties) {
                return new SortKey(properties);
            };

            /**
             * Encodes the specified SortKey message. Does not implicitly {@link laminardb.plan.SortKey.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.SortKey
             * @static
             * @param {laminardb.plan.SortKey.$Properties} message SortKey message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SortKey.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.expr != null && $Object.hasOwnProperty.call(message, "expr"))
                    $root.laminardb.plan.Expr.encode(message.expr, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.descending != null && $Object.hasOwnProperty.call(message, "descending") && message.descending !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.descending);
                if (message.nullsFirst != null && $Object.hasOwnProperty.call(message, "nullsFirst") && message.nullsFirst !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.nullsFirst);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SortKey message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.SortKey
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.SortKey & laminardb.plan.SortKey.$Shape} SortKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SortKey.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.SortKey();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.expr = $root.laminardb.plan.Expr.decode(reader, reader.size(), $undefined, _depth + 1, message.expr);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.descending = value;
                            else
                                delete message.descending;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.nullsFirst = value;
                            else
                                delete message.nullsFirst;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SortKey message.
             * @function verify
             * @memberof laminardb.plan.SortKey
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SortKey.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.expr != null && $Object.hasOwnProperty.call(message, "expr")) {
                    let error = $root.laminardb.plan.Expr.verify(message.expr, _depth + 1);
                    if (error)
                        return "expr." + error;
                }
                if (message.descending != null && $Object.hasOwnProperty.call(message, "descending"))
                    if (typeof message.descending !== "boolean")
                        return "descending: boolean expected";
                if (message.nullsFirst != null && $Object.hasOwnProperty.call(message, "nullsFirst"))
                    if (typeof message.nullsFirst !== "boolean")
                        return "nullsFirst: boolean expected";
                return null;
            };

            /**
             * Creates a SortKey message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.SortKey
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.SortKey} SortKey
             */
            SortKey.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.SortKey)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.SortKey: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.SortKey();
                if (object.expr != null) {
                    if (!$util.isObject(object.expr))
                        throw $TypeError(".laminardb.plan.SortKey.expr: object expected");
                    message.expr = $root.laminardb.plan.Expr.fromObject(object.expr, _depth + 1);
                }
                if (object.descending != null)
                    if (object.descending)
                        message.descending = $Boolean(object.descending);
                if (object.nullsFirst != null)
                    if (object.nullsFirst)
                        message.nullsFirst = $Boolean(object.nullsFirst);
                return message;
            };

            /**
             * Creates a plain object from a SortKey message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.SortKey
             * @static
             * @param {laminardb.plan.SortKey} message SortKey
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SortKey.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.expr = null;
                    object.descending = false;
                    object.nullsFirst = false;
                }
                if (message.expr != null && $Object.hasOwnProperty.call(message, "expr"))
                    object.expr = $root.laminardb.plan.Expr.toObject(message.expr, options, _depth + 1);
                if (message.descending != null && $Object.hasOwnProperty.call(message, "descending"))
                    object.descending = message.descending;
                if (message.nullsFirst != null && $Object.hasOwnProperty.call(message, "nullsFirst"))
                    object.nullsFirst = message.nullsFirst;
                return object;
            };

            /**
             * Converts this SortKey to JSON.
             * @function toJSON
             * @memberof laminardb.plan.SortKey
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SortKey.prototype.toJSON = function() {
                return SortKey.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SortKey
             * @function getTypeUrl
             * @memberof laminardb.plan.SortKey
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SortKey.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.SortKey";
            };

            return SortKey;
        })();

        plan.SortNode = (function() {

            /**
             * Properties of a SortNode.
             * @typedef {Object} laminardb.plan.SortNode.$Properties
             * @property {Array.<laminardb.plan.SortKey.$Properties>|null} [keys] SortNode keys
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SortNode.
             * @memberof laminardb.plan
             * @interface ISortNode
             * @augments laminardb.plan.SortNode.$Properties
             * @deprecated Use laminardb.plan.SortNode.$Properties instead.
             */

            /**
             * Shape of a SortNode.
             * @typedef {{
             *   keys?: Array.<laminardb.plan.SortKey.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} laminardb.plan.SortNode.$Shape
             */

            /**
             * Constructs a new SortNode.
             * @memberof laminardb.plan
             * @classdesc Represents a SortNode.
             * @constructor
             * @param {laminardb.plan.SortNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SortNode = function (properties) {
                this.keys = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SortNode keys.
             * @member {Array.<laminardb.plan.SortKey.$Properties>} keys
             * @memberof laminardb.plan.SortNode
             * @instance
             */
            SortNode.prototype.keys = $util.emptyArray;

            /**
             * Creates a new SortNode instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.SortNode
             * @static
             * @param {laminardb.plan.SortNode.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.SortNode} SortNode instance
             * @type {{
             *   (properties: laminardb.plan.SortNode.$Shape): laminardb.plan.SortNode & laminardb.plan.SortNode.$Shape;
             *   (properties?: laminardb.plan.SortNode.$Properties): laminardb.plan.SortNode;
             * }}
             */
            SortNode.create = function(properties) {
                return new SortNode(properties);
            };

            /**
             * Encodes the specified SortNode message. Does not implicitly {@link laminardb.plan.SortNode.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.SortNode
             * @static
             * @param {laminardb.plan.SortNode.$Properties} message SortNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SortNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keys != null && message.keys.length)
                    for (let i = 0; i < message.keys.length; ++i)
                        $root.laminardb.plan.SortKey.encode(message.keys[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SortNode message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.SortNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.SortNode & laminardb.plan.SortNode.$Shape} SortNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SortNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.SortNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keys && message.keys.length))
                                message.keys = [];
                            message.keys.push($root.laminardb.plan.SortKey.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SortNode message.
             * @function verify
             * @memberof laminardb.plan.SortNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SortNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.keys != null && $Object.hasOwnProperty.call(message, "keys")) {
                    if (!$Array.isArray(message.keys))
                        return "keys: array expected";
                    for (let i = 0; i < message.keys.length; ++i) {
                        let error = $root.laminardb.plan.SortKey.verify(message.keys[i], _depth + 1);
                        if (error)
                            return "keys." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a SortNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.SortNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.SortNode} SortNode
             */
            SortNode.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.SortNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.SortNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.SortNode();
                if (object.keys) {
                    if (!$Array.isArray(object.keys))
                        throw $TypeError(".laminardb.plan.SortNode.keys: array expected");
                    message.keys = $Array(object.keys.length);
                    for (let i = 0; i < object.keys.length; ++i) {
                        if (!$util.isObject(object.keys[i]))
                            throw $TypeError(".laminardb.plan.SortNode.keys: object expected");
                        message.keys[i] = $root.laminardb.plan.SortKey.fromObject(object.keys[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a SortNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.SortNode
             * @static
             * @param {laminardb.plan.SortNode} message SortNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SortNode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.keys = [];
                if (message.keys && message.keys.length) {
                    object.keys = $Array(message.keys.length);
                    for (let j = 0; j < message.keys.length; ++j)
                        object.keys[j] = $root.laminardb.plan.SortKey.toObject(message.keys[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this SortNode to JSON.
             * @function toJSON
             * @memberof laminardb.plan.SortNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SortNode.prototype.toJSON = function() {
                return SortNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SortNode
             * @function getTypeUrl
             * @memberof laminardb.plan.SortNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SortNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.SortNode";
            };

            return SortNode;
        })();

        plan.LimitNode = (function() {

            /**
             * Properties of a LimitNode.
             * @typedef {Object} laminardb.plan.LimitNode.$Properties
             * @property {number|null} [limit] LimitNode limit
             * @property {number|null} [offset] LimitNode offset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LimitNode.
             * @memberof laminardb.plan
             * @interface ILimitNode
             * @augments laminardb.plan.LimitNode.$Properties
             * @deprecated Use laminardb.plan.LimitNode.$Properties instead.
             */

            /**
             * Shape of a LimitNode.
             * @typedef {laminardb.plan.LimitNode.$Properties} laminardb.plan.LimitNode.$Shape
             */

            /**
             * Constructs a new LimitNode.
             * @memberof laminardb.plan
             * @classdesc Represents a LimitNode.
             * @constructor
             * @param {laminardb.plan.LimitNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LimitNode = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LimitNode limit.
             * @member {number} limit
             * @memberof laminardb.plan.LimitNode
             * @instance
             */
            LimitNode.prototype.limit = 0;

            /**
             * LimitNode offset.
             * @member {number} offset
             * @memberof laminardb.plan.LimitNode
             * @instance
             */
            LimitNode.prototype.offset = 0;

            /**
             * Creates a new LimitNode instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.LimitNode
             * @static
             * @param {laminardb.plan.LimitNode.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.LimitNode} LimitNode instance
             * @type {{
             *   (properties: laminardb.plan.LimitNode.$Shape): laminardb.plan.LimitNode & laminardb.plan.LimitNode.$Shape;
             *   (properties?: laminardb.plan.LimitNode.$Properties): laminardb.plan.LimitNode;
             * }}
             */
            LimitNode.create = function(properties) {
                return new LimitNode(properties);
            };

            /**
             * Encodes the specified LimitNode message. Does not implicitly {@link laminardb.plan.LimitNode.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.LimitNode
             * @static
             * @param {laminardb.plan.LimitNode.$Properties} message LimitNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LimitNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && !$Object.is(message.limit, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.limit);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && !$Object.is(message.offset, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.offset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LimitNode message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.LimitNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.LimitNode & laminardb.plan.LimitNode.$Shape} LimitNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LimitNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.LimitNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LimitNode message.
             * @function verify
             * @memberof laminardb.plan.LimitNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LimitNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    if (typeof message.limit !== "number")
                        return "limit: number expected";
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (typeof message.offset !== "number")
                        return "offset: number expected";
                return null;
            };

            /**
             * Creates a LimitNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.LimitNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.LimitNode} LimitNode
             */
            LimitNode.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.LimitNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.LimitNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.LimitNode();
                if (object.limit != null)
                    if (!$Object.is($Number(object.limit), 0))
                        message.limit = $Number(object.limit);
                if (object.offset != null)
                    if (!$Object.is($Number(object.offset), 0))
                        message.offset = $Number(object.offset);
                return message;
            };

            /**
             * Creates a plain object from a LimitNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.LimitNode
             * @static
             * @param {laminardb.plan.LimitNode} message LimitNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LimitNode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.limit = 0;
                    object.offset = 0;
                }
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = options.json && !$isFinite(message.limit) ? $String(message.limit) : message.limit;
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    object.offset = options.json && !$isFinite(message.offset) ? $String(message.offset) : message.offset;
                return object;
            };

            /**
             * Converts this LimitNode to JSON.
             * @function toJSON
             * @memberof laminardb.plan.LimitNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LimitNode.prototype.toJSON = function() {
                return LimitNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LimitNode
             * @function getTypeUrl
             * @memberof laminardb.plan.LimitNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LimitNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.LimitNode";
            };

            return LimitNode;
        })();

        plan.SourceNode = (function() {

            /**
             * Properties of a SourceNode.
             * @typedef {Object} laminardb.plan.SourceNode.$Properties
             * @property {string|null} [connector] SourceNode connector
             * @property {Object.<string,string>|null} [options] SourceNode options
             * @property {laminardb.plan.Schema.$Properties|null} [schema] SourceNode schema
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SourceNode.
             * @memberof laminardb.plan
             * @interface ISourceNode
             * @augments laminardb.plan.SourceNode.$Properties
             * @deprecated Use laminardb.plan.SourceNode.$Properties instead.
             */

            /**
             * Shape of a SourceNode.
             * @typedef {laminardb.plan.SourceNode.$Properties} laminardb.plan.SourceNode.$Shape
             */

            /**
             * Constructs a new SourceNode.
             * @memberof laminardb.plan
             * @classdesc Represents a SourceNode.
             * @constructor
             * @param {laminardb.plan.SourceNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SourceNode = function (properties) {
                this.options = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SourceNode connector.
             * @member {string} connector
             * @memberof laminardb.plan.SourceNode
             * @instance
             */
            SourceNode.prototype.connector = "";

            /**
             * SourceNode options.
             * @member {Object.<string,string>} options
             * @memberof laminardb.plan.SourceNode
             * @instance
             */
            SourceNode.prototype.options = $util.emptyObject;

            /**
             * SourceNode schema.
             * @member {laminardb.plan.Schema.$Properties|null|undefined} schema
             * @memberof laminardb.plan.SourceNode
             * @instance
             */
            SourceNode.prototype.schema = null;

            /**
             * Creates a new SourceNode instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.SourceNode
             * @static
             * @param {laminardb.plan.SourceNode.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.SourceNode} SourceNode instance
             * @type {{
             *   (properties: laminardb.plan.SourceNode.$Shape): laminardb.plan.SourceNode & laminardb.plan.SourceNode.$Shape;
             *   (properties?: laminardb.plan.SourceNode.$Properties): laminardb.plan.SourceNode;
             * }}
             */
            SourceNode.create = function(properties) {
                return new SourceNode(properties);
            };

            /**
             * Encodes the specified SourceNode message. Does not implicitly {@link laminardb.plan.SourceNode.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.SourceNode
             * @static
             * @param {laminardb.plan.SourceNode.$Properties} message SourceNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SourceNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.connector != null && $Object.hasOwnProperty.call(message, "connector") && message.connector !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.connector);
                if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                    for (let keys = $Object.keys(message.options), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.options[keys[i]]).ldelim();
                if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                    $root.laminardb.plan.Schema.encode(message.schema, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SourceNode message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.SourceNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.SourceNode & laminardb.plan.SourceNode.$Shape} SourceNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SourceNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.SourceNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.connector = value;
                            else
                                delete message.connector;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.options === $util.emptyObject)
                                message.options = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.options, key);
                            message.options[key] = value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.schema = $root.laminardb.plan.Schema.decode(reader, reader.size(), $undefined, _depth + 1, message.schema);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SourceNode message.
             * @function verify
             * @memberof laminardb.plan.SourceNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SourceNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.connector != null && $Object.hasOwnProperty.call(message, "connector"))
                    if (!$util.isString(message.connector))
                        return "connector: string expected";
                if (message.options != null && $Object.hasOwnProperty.call(message, "options")) {
                    if (!$util.isObject(message.options))
                        return "options: object expected";
                    let key = $Object.keys(message.options);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.options[key[i]]))
                            return "options: string{k:string} expected";
                }
                if (message.schema != null && $Object.hasOwnProperty.call(message, "schema")) {
                    let error = $root.laminardb.plan.Schema.verify(message.schema, _depth + 1);
                    if (error)
                        return "schema." + error;
                }
                return null;
            };

            /**
             * Creates a SourceNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.SourceNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.SourceNode} SourceNode
             */
            SourceNode.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.SourceNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.SourceNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.SourceNode();
                if (object.connector != null)
                    if (typeof object.connector !== "string" || object.connector.length)
                        message.connector = $String(object.connector);
                if (object.options) {
                    if (!$util.isObject(object.options))
                        throw $TypeError(".laminardb.plan.SourceNode.options: object expected");
                    message.options = {};
                    for (let keys = $Object.keys(object.options), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.options, keys[i]);
                        message.options[keys[i]] = $String(object.options[keys[i]]);
                    }
                }
                if (object.schema != null) {
                    if (!$util.isObject(object.schema))
                        throw $TypeError(".laminardb.plan.SourceNode.schema: object expected");
                    message.schema = $root.laminardb.plan.Schema.fromObject(object.schema, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SourceNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.SourceNode
             * @static
             * @param {laminardb.plan.SourceNode} message SourceNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SourceNode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.options = {};
                if (options.defaults) {
                    object.connector = "";
                    object.schema = null;
                }
                if (message.connector != null && $Object.hasOwnProperty.call(message, "connector"))
                    object.connector = message.connector;
                let keys2;
                if (message.options && (keys2 = $Object.keys(message.options)).length) {
                    object.options = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.options, keys2[j]);
                        object.options[keys2[j]] = message.options[keys2[j]];
                    }
                }
                if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                    object.schema = $root.laminardb.plan.Schema.toObject(message.schema, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SourceNode to JSON.
             * @function toJSON
             * @memberof laminardb.plan.SourceNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SourceNode.prototype.toJSON = function() {
                return SourceNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SourceNode
             * @function getTypeUrl
             * @memberof laminardb.plan.SourceNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SourceNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.SourceNode";
            };

            return SourceNode;
        })();

        plan.WatermarkNode = (function() {

            /**
             * Properties of a WatermarkNode.
             * @typedef {Object} laminardb.plan.WatermarkNode.$Properties
             * @property {string|null} [column] WatermarkNode column
             * @property {number|null} [delayMs] WatermarkNode delayMs
             * @property {number|null} [intervalMs] WatermarkNode intervalMs
             * @property {boolean|null} [keepLate] WatermarkNode keepLate
             * @property {string|null} [partitionColumn] WatermarkNode partitionColumn
             * @property {number|null} [idleTimeoutMs] WatermarkNode idleTimeoutMs
             * @property {string|null} [alignmentGroup] WatermarkNode alignmentGroup
             * @property {number|null} [alignmentMaxDriftMs] WatermarkNode alignmentMaxDriftMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WatermarkNode.
             * @memberof laminardb.plan
             * @interface IWatermarkNode
             * @augments laminardb.plan.WatermarkNode.$Properties
             * @deprecated Use laminardb.plan.WatermarkNode.$Properties instead.
             */

            /**
             * Shape of a WatermarkNode.
             * @typedef {laminardb.plan.WatermarkNode.$Properties} laminardb.plan.WatermarkNode.$Shape
             */

            /**
             * Constructs a new WatermarkNode.
             * @memberof laminardb.plan
             * @classdesc Represents a WatermarkNode.
             * @constructor
             * @param {laminardb.plan.WatermarkNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WatermarkNode = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WatermarkNode column.
             * @member {string} column
             * @memberof laminardb.plan.WatermarkNode
             * @instance
             */
            WatermarkNode.prototype.column = "";

            /**
             * WatermarkNode delayMs.
             * @member {number} delayMs
             * @memberof laminardb.plan.WatermarkNode
             * @instance
             */
            WatermarkNode.prototype.delayMs = 0;

            /**
             * WatermarkNode intervalMs.
             * @member {number} intervalMs
             * @memberof laminardb.plan.WatermarkNode
             * @instance
             */
            WatermarkNode.prototype.intervalMs = 0;

            /**
             * WatermarkNode keepLate.
             * @member {boolean} keepLate
             * @memberof laminardb.plan.WatermarkNode
             * @instance
             */
            WatermarkNode.prototype.keepLate = false;

            /**
             * WatermarkNode partitionColumn.
             * @member {string} partitionColumn
             * @memberof laminardb.plan.WatermarkNode
             * @instance
             */
            WatermarkNode.prototype.partitionColumn = "";

            /**
             * WatermarkNode idleTimeoutMs.
             * @member {number} idleTimeoutMs
             * @memberof laminardb.plan.WatermarkNode
             * @instance
             */
            WatermarkNode.prototype.idleTimeoutMs = 0;

            /**
             * WatermarkNode alignmentGroup.
             * @member {string} alignmentGroup
             * @memberof laminardb.plan.WatermarkNode
             * @instance
             */
            WatermarkNode.prototype.alignmentGroup = "";

            /**
             * WatermarkNode alignmentMaxDriftMs.
             * @member {number} alignmentMaxDriftMs
             * @memberof laminardb.plan.WatermarkNode
             * @instance
             */
            WatermarkNode.prototype.alignmentMaxDriftMs = 0;

            /**
             * Creates a new WatermarkNode instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.WatermarkNode
             * @static
             * @param {laminardb.plan.WatermarkNode.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.WatermarkNode} WatermarkNode instance
             * @type {{
             *   (properties: laminardb.plan.WatermarkNode.$Shape): laminardb.plan.WatermarkNode & laminardb.plan.WatermarkNode.$Shape;
             *   (properties?: laminardb.plan.WatermarkNode.$Properties): laminardb.plan.WatermarkNode;
             * }}
             */
            WatermarkNode.create = function(properties) {
                return new WatermarkNode(properties);
            };

            /**
             * Encodes the specified WatermarkNode message. Does not implicitly {@link laminardb.plan.WatermarkNode.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.WatermarkNode
             * @static
             * @param {laminardb.plan.WatermarkNode.$Properties} message WatermarkNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatermarkNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.column != null && $Object.hasOwnProperty.call(message, "column") && message.column !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.column);
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs") && !$Object.is(message.delayMs, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.delayMs);
                if (message.intervalMs != null && $Object.hasOwnProperty.call(message, "intervalMs") && !$Object.is(message.intervalMs, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.intervalMs);
                if (message.keepLate != null && $Object.hasOwnProperty.call(message, "keepLate") && message.keepLate !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.keepLate);
                if (message.partitionColumn != null && $Object.hasOwnProperty.call(message, "partitionColumn") && message.partitionColumn !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.partitionColumn);
                if (message.idleTimeoutMs != null && $Object.hasOwnProperty.call(message, "idleTimeoutMs") && !$Object.is(message.idleTimeoutMs, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.idleTimeoutMs);
                if (message.alignmentGroup != null && $Object.hasOwnProperty.call(message, "alignmentGroup") && message.alignmentGroup !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.alignmentGroup);
                if (message.alignmentMaxDriftMs != null && $Object.hasOwnProperty.call(message, "alignmentMaxDriftMs") && !$Object.is(message.alignmentMaxDriftMs, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.alignmentMaxDriftMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WatermarkNode message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.WatermarkNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.WatermarkNode & laminardb.plan.WatermarkNode.$Shape} WatermarkNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatermarkNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.WatermarkNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.column = value;
                            else
                                delete message.column;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.delayMs = value;
                            else
                                delete message.delayMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.intervalMs = value;
                            else
                                delete message.intervalMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.keepLate = value;
                            else
                                delete message.keepLate;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.partitionColumn = value;
                            else
                                delete message.partitionColumn;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.idleTimeoutMs = value;
                            else
                                delete message.idleTimeoutMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.alignmentGroup = value;
                            else
                                delete message.alignmentGroup;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.alignmentMaxDriftMs = value;
                            else
                                delete message.alignmentMaxDriftMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a WatermarkNode message.
             * @function verify
             * @memberof laminardb.plan.WatermarkNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WatermarkNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.column != null && $Object.hasOwnProperty.call(message, "column"))
                    if (!$util.isString(message.column))
                        return "column: string expected";
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs"))
                    if (typeof message.delayMs !== "number")
                        return "delayMs: number expected";
                if (message.intervalMs != null && $Object.hasOwnProperty.call(message, "intervalMs"))
                    if (typeof message.intervalMs !== "number")
                        return "intervalMs: number expected";
                if (message.keepLate != null && $Object.hasOwnProperty.call(message, "keepLate"))
                    if (typeof message.keepLate !== "boolean")
                        return "keepLate: boolean expected";
                if (message.partitionColumn != null && $Object.hasOwnProperty.call(message, "partitionColumn"))
                    if (!$util.isString(message.partitionColumn))
                        return "partitionColumn: string expected";
                if (message.idleTimeoutMs != null && $Object.hasOwnProperty.call(message, "idleTimeoutMs"))
                    if (typeof message.idleTimeoutMs !== "number")
                        return "idleTimeoutMs: number expected";
                if (message.alignmentGroup != null && $Object.hasOwnProperty.call(message, "alignmentGroup"))
                    if (!$util.isString(message.alignmentGroup))
                        return "alignmentGroup: string expected";
                if (message.alignmentMaxDriftMs != null && $Object.hasOwnProperty.call(message, "alignmentMaxDriftMs"))
                    if (typeof message.alignmentMaxDriftMs !== "number")
                        return "alignmentMaxDriftMs: number expected";
                return null;
            };

            /**
             * Creates a WatermarkNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.WatermarkNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.WatermarkNode} WatermarkNode
             */
            WatermarkNode.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.WatermarkNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.WatermarkNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.WatermarkNode();
                if (object.column != null)
                    if (typeof object.column !== "string" || object.column.length)
                        message.column = $String(object.column);
                if (object.delayMs != null)
                    if (!$Object.is($Number(object.delayMs), 0))
                        message.delayMs = $Number(object.delayMs);
                if (object.intervalMs != null)
                    if (!$Object.is($Number(object.intervalMs), 0))
                        message.intervalMs = $Number(object.intervalMs);
                if (object.keepLate != null)
                    if (object.keepLate)
                        message.keepLate = $Boolean(object.keepLate);
                if (object.partitionColumn != null)
                    if (typeof object.partitionColumn !== "string" || object.partitionColumn.length)
                        message.partitionColumn = $String(object.partitionColumn);
                if (object.idleTimeoutMs != null)
                    if (!$Object.is($Number(object.idleTimeoutMs), 0))
                        message.idleTimeoutMs = $Number(object.idleTimeoutMs);
                if (object.alignmentGroup != null)
                    if (typeof object.alignmentGroup !== "string" || object.alignmentGroup.length)
                        message.alignmentGroup = $String(object.alignmentGroup);
                if (object.alignmentMaxDriftMs != null)
                    if (!$Object.is($Number(object.alignmentMaxDriftMs), 0))
                        message.alignmentMaxDriftMs = $Number(object.alignmentMaxDriftMs);
                return message;
            };

            /**
             * Creates a plain object from a WatermarkNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.WatermarkNode
             * @static
             * @param {laminardb.plan.WatermarkNode} message WatermarkNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WatermarkNode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.column = "";
                    object.delayMs = 0;
                    object.intervalMs = 0;
                    object.keepLate = false;
                    object.partitionColumn = "";
                    object.idleTimeoutMs = 0;
                    object.alignmentGroup = "";
                    object.alignmentMaxDriftMs = 0;
                }
                if (message.column != null && $Object.hasOwnProperty.call(message, "column"))
                    object.column = message.column;
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs"))
                    object.delayMs = options.json && !$isFinite(message.delayMs) ? $String(message.delayMs) : message.delayMs;
                if (message.intervalMs != null && $Object.hasOwnProperty.call(message, "intervalMs"))
                    object.intervalMs = options.json && !$isFinite(message.intervalMs) ? $String(message.intervalMs) : message.intervalMs;
                if (message.keepLate != null && $Object.hasOwnProperty.call(message, "keepLate"))
                    object.keepLate = message.keepLate;
                if (message.partitionColumn != null && $Object.hasOwnProperty.call(message, "partitionColumn"))
                    object.partitionColumn = message.partitionColumn;
                if (message.idleTimeoutMs != null && $Object.hasOwnProperty.call(message, "idleTimeoutMs"))
                    object.idleTimeoutMs = options.json && !$isFinite(message.idleTimeoutMs) ? $String(message.idleTimeoutMs) : message.idleTimeoutMs;
                if (message.alignmentGroup != null && $Object.hasOwnProperty.call(message, "alignmentGroup"))
                    object.alignmentGroup = message.alignmentGroup;
                if (message.alignmentMaxDriftMs != null && $Object.hasOwnProperty.call(message, "alignmentMaxDriftMs"))
                    object.alignmentMaxDriftMs = options.json && !$isFinite(message.alignmentMaxDriftMs) ? $String(message.alignmentMaxDriftMs) : message.alignmentMaxDriftMs;
                return object;
            };

            /**
             * Converts this WatermarkNode to JSON.
             * @function toJSON
             * @memberof laminardb.plan.WatermarkNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WatermarkNode.prototype.toJSON = function() {
                return WatermarkNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WatermarkNode
             * @function getTypeUrl
             * @memberof laminardb.plan.WatermarkNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WatermarkNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.WatermarkNode";
            };

            return WatermarkNode;
        })();

        plan.FilterNode = (function() {

            /**
             * Properties of a FilterNode.
             * @typedef {Object} laminardb.plan.FilterNode.$Properties
             * @property {boolean|null} [failOnError] FilterNode failOnError
             * @property {laminardb.plan.Expr.$Properties|null} [expr] FilterNode expr
             * @property {string|null} [rowFunction] FilterNode rowFunction
             * @property {"expr"|"rowFunction"} [predicate] FilterNode predicate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FilterNode.
             * @memberof laminardb.plan
             * @interface IFilterNode
             * @augments laminardb.plan.FilterNode.$Properties
             * @deprecated Use laminardb.plan.FilterNode.$Properties instead.
             */

            /**
             * Narrowed shape of a FilterNode.
             * @typedef {{
             *   failOnError?: boolean|null;
             *   expr?: laminardb.plan.Expr.$Shape|null;
             *   rowFunction?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ predicate?: undefined; expr?: null; rowFunction?: null }|{ predicate?: "expr"; expr: laminardb.plan.Expr.$Shape; rowFunction?: null }|{ predicate?: "rowFunction"; expr?: null; rowFunction: string })
             * )} laminardb.plan.FilterNode.$Shape
             */

            /**
             * Constructs a new FilterNode.
             * @memberof laminardb.plan
             * @classdesc Represents a FilterNode.
             * @constructor
             * @param {laminardb.plan.FilterNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FilterNode = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FilterNode failOnError.
             * @member {boolean} failOnError
             * @memberof laminardb.plan.FilterNode
             * @instance
             */
            FilterNode.prototype.failOnError = false;

            /**
             * FilterNode expr.
             * @member {laminardb.plan.Expr.$Properties|null|undefined} expr
             * @memberof laminardb.plan.FilterNode
             * @instance
             */
            FilterNode.prototype.expr = null;

            /**
             * FilterNode rowFunction.
             * @member {string|null|undefined} rowFunction
             * @memberof laminardb.plan.FilterNode
             * @instance
             */
            FilterNode.prototype.rowFunction = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * FilterNode predicate.
             * @member {"expr"|"rowFunction"|undefined} predicate
             * @memberof laminardb.plan.FilterNode
             * @instance
             */
            $Object.defineProperty(FilterNode.prototype, "predicate", {
                get: $util.oneOfGetter($oneOfFields = ["expr", "rowFunction"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new FilterNode instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.FilterNode
             * @static
             * @param {laminardb.plan.FilterNode.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.FilterNode} FilterNode instance
             * @type {{
             *   (properties: laminardb.plan.FilterNode.$Shape): laminardb.plan.FilterNode & laminardb.plan.FilterNode.$Shape;
             *   (properties?: laminardb.plan.FilterNode.$Properties): laminardb.plan.FilterNode;
             * }}
             */
            FilterNode.create = function(properties) {
                return new FilterNode(properties);
            };

            /**
             * Encodes the specified FilterNode message. Does not implicitly {@link laminardb.plan.FilterNode.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.FilterNode
             * @static
             * @param {laminardb.plan.FilterNode.$Properties} message FilterNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FilterNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.expr != null && $Object.hasOwnProperty.call(message, "expr"))
                    $root.laminardb.plan.Expr.encode(message.expr, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.rowFunction != null && $Object.hasOwnProperty.call(message, "rowFunction"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.rowFunction);
                if (message.failOnError != null && $Object.hasOwnProperty.call(message, "failOnError") && message.failOnError !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.failOnError);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FilterNode message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.FilterNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.FilterNode & laminardb.plan.FilterNode.$Shape} FilterNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FilterNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.FilterNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.failOnError = value;
                            else
                                delete message.failOnError;
                            continue;
                        }
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.expr = $root.laminardb.plan.Expr.decode(reader, reader.size(), $undefined, _depth + 1, message.expr);
                            message.predicate = "expr";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.rowFunction = reader.stringVerify();
                            message.predicate = "rowFunction";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a FilterNode message.
             * @function verify
             * @memberof laminardb.plan.FilterNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FilterNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.failOnError != null && $Object.hasOwnProperty.call(message, "failOnError"))
                    if (typeof message.failOnError !== "boolean")
                        return "failOnError: boolean expected";
                if (message.expr != null && $Object.hasOwnProperty.call(message, "expr")) {
                    properties.predicate = 1;
                    {
                        let error = $root.laminardb.plan.Expr.verify(message.expr, _depth + 1);
                        if (error)
                            return "expr." + error;
                    }
                }
                if (message.rowFunction != null && $Object.hasOwnProperty.call(message, "rowFunction")) {
                    if (properties.predicate === 1)
                        return "predicate: multiple values";
                    properties.predicate = 1;
                    if (!$util.isString(message.rowFunction))
                        return "rowFunction: string expected";
                }
                return null;
            };

            /**
             * Creates a FilterNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.FilterNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.FilterNode} FilterNode
             */
            FilterNode.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.FilterNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.FilterNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.FilterNode();
                if (object.failOnError != null)
                    if (object.failOnError)
                        message.failOnError = $Boolean(object.failOnError);
                if (object.expr != null) {
                    if (!$util.isObject(object.expr))
                        throw $TypeError(".laminardb.plan.FilterNode.expr: object expected");
                    message.expr = $root.laminardb.plan.Expr.fromObject(object.expr, _depth + 1);
                }
                if (object.rowFunction != null)
                    message.rowFunction = $String(object.rowFunction);
                return message;
            };

            /**
             * Creates a plain object from a FilterNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.FilterNode
             * @static
             * @param {laminardb.plan.FilterNode} message FilterNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FilterNode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.failOnError = false;
                if (message.expr != null && $Object.hasOwnProperty.call(message, "expr")) {
                    object.expr = $root.laminardb.plan.Expr.toObject(message.expr, options, _depth + 1);
                    if (options.oneofs)
                        object.predicate = "expr";
                }
                if (message.rowFunction != null && $Object.hasOwnProperty.call(message, "rowFunction")) {
                    object.rowFunction = message.rowFunction;
                    if (options.oneofs)
                        object.predicate = "rowFunction";
                }
                if (message.failOnError != null && $Object.hasOwnProperty.call(message, "failOnError"))
                    object.failOnError = message.failOnError;
                return object;
            };

            /**
             * Converts this FilterNode to JSON.
             * @function toJSON
             * @memberof laminardb.plan.FilterNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FilterNode.prototype.toJSON = function() {
                return FilterNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FilterNode
             * @function getTypeUrl
             * @memberof laminardb.plan.FilterNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FilterNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.FilterNode";
            };

            return FilterNode;
        })();

        plan.NamedExpr = (function() {

            /**
             * Properties of a NamedExpr.
             * @typedef {Object} laminardb.plan.NamedExpr.$Properties
             * @property {string|null} [name] NamedExpr name
             * @property {laminardb.plan.Expr.$Properties|null} [expr] NamedExpr expr
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NamedExpr.
             * @memberof laminardb.plan
             * @interface INamedExpr
             * @augments laminardb.plan.NamedExpr.$Properties
             * @deprecated Use laminardb.plan.NamedExpr.$Properties instead.
             */

            /**
             * Shape of a NamedExpr.
             * @typedef {{
             *   name?: string|null;
             *   expr?: laminardb.plan.Expr.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} laminardb.plan.NamedExpr.$Shape
             */

            /**
             * Constructs a new NamedExpr.
             * @memberof laminardb.plan
             * @classdesc Represents a NamedExpr.
             * @constructor
             * @param {laminardb.plan.NamedExpr.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NamedExpr = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NamedExpr name.
             * @member {string} name
             * @memberof laminardb.plan.NamedExpr
             * @instance
             */
            NamedExpr.prototype.name = "";

            /**
             * NamedExpr expr.
             * @member {laminardb.plan.Expr.$Properties|null|undefined} expr
             * @memberof laminardb.plan.NamedExpr
             * @instance
             */
            NamedExpr.prototype.expr = null;

            /**
             * Creates a new NamedExpr instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.NamedExpr
             * @static
             * @param {laminardb.plan.NamedExpr.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.NamedExpr} NamedExpr instance
             * @type {{
             *   (properties: laminardb.plan.NamedExpr.$Shape): laminardb.plan.NamedExpr & laminardb.plan.NamedExpr.$Shape;
             *   (properties?: laminardb.plan.NamedExpr.$Properties): laminardb.plan.NamedExpr;
             * }}
             */
            NamedExpr.create = function(properties) {
                return new NamedExpr(properties);
            };

            /**
             * Encodes the specified NamedExpr message. Does not implicitly {@link laminardb.plan.NamedExpr.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.NamedExpr
             * @static
             * @param {laminardb.plan.NamedExpr.$Properties} message NamedExpr message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NamedExpr.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.expr != null && $Object.hasOwnProperty.call(message, "expr"))
                    $root.laminardb.plan.Expr.encode(message.expr, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NamedExpr message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.NamedExpr
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.NamedExpr & laminardb.plan.NamedExpr.$Shape} NamedExpr
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NamedExpr.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.NamedExpr();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.expr = $root.laminardb.plan.Expr.decode(reader, reader.size(), $undefined, _depth + 1, message.expr);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a NamedExpr message.
             * @function verify
             * @memberof laminardb.plan.NamedExpr
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NamedExpr.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.expr != null && $Object.hasOwnProperty.call(message, "expr")) {
                    let error = $root.laminardb.plan.Expr.verify(message.expr, _depth + 1);
                    if (error)
                        return "expr." + error;
                }
                return null;
            };

            /**
             * Creates a NamedExpr message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.NamedExpr
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.NamedExpr} NamedExpr
             */
            NamedExpr.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.NamedExpr)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.NamedExpr: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.NamedExpr();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.expr != null) {
                    if (!$util.isObject(object.expr))
                        throw $TypeError(".laminardb.plan.NamedExpr.expr: object expected");
                    message.expr = $root.laminardb.plan.Expr.fromObject(object.expr, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a NamedExpr message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.NamedExpr
             * @static
             * @param {laminardb.plan.NamedExpr} message NamedExpr
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NamedExpr.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.expr = null;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.expr != null && $Object.hasOwnProperty.call(message, "expr"))
                    object.expr = $root.laminardb.plan.Expr.toObject(message.expr, options, _depth + 1);
                return object;
            };

            /**
             * Converts this NamedExpr to JSON.
             * @function toJSON
             * @memberof laminardb.plan.NamedExpr
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NamedExpr.prototype.toJSON = function() {
                return NamedExpr.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NamedExpr
             * @function getTypeUrl
             * @memberof laminardb.plan.NamedExpr
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NamedExpr.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.NamedExpr";
            };

            return NamedExpr;
        })();

        plan.ProjectNode = (function() {

            /**
             * Properties of a ProjectNode.
             * @typedef {Object} laminardb.plan.ProjectNode.$Properties
             * @property {Array.<laminardb.plan.NamedExpr.$Properties>|null} [exprs] ProjectNode exprs
             * @property {boolean|null} [failOnError] ProjectNode failOnError
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProjectNode.
             * @memberof laminardb.plan
             * @interface IProjectNode
             * @augments laminardb.plan.ProjectNode.$Properties
             * @deprecated Use laminardb.plan.ProjectNode.$Properties instead.
             */

            /**
             * Shape of a ProjectNode.
             * @typedef {{
             *   exprs?: Array.<laminardb.plan.NamedExpr.$Shape>|null;
             *   failOnError?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} laminardb.plan.ProjectNode.$Shape
             */

            /**
             * Constructs a new ProjectNode.
             * @memberof laminardb.plan
             * @classdesc Represents a ProjectNode.
             * @constructor
             * @param {laminardb.plan.ProjectNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProjectNode = function (properties) {
                this.exprs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProjectNode exprs.
             * @member {Array.<laminardb.plan.NamedExpr.$Properties>} exprs
             * @memberof laminardb.plan.ProjectNode
             * @instance
             */
            ProjectNode.prototype.exprs = $util.emptyArray;

            /**
             * ProjectNode failOnError.
             * @member {boolean} failOnError
             * @memberof laminardb.plan.ProjectNode
             * @instance
             */
            ProjectNode.prototype.failOnError = false;

            /**
             * Creates a new ProjectNode instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.ProjectNode
             * @static
             * @param {laminardb.plan.ProjectNode.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.ProjectNode} ProjectNode instance
             * @type {{
             *   (properties: laminardb.plan.ProjectNode.$Shape): laminardb.plan.ProjectNode & laminardb.plan.ProjectNode.$Shape;
             *   (properties?: laminardb.plan.ProjectNode.$Properties): laminardb.plan.ProjectNode;
             * }}
             */
            ProjectNode.create = function(properties) {
                return new ProjectNode(properties);
            };

            /**
             * Encodes the specified ProjectNode message. Does not implicitly {@link laminardb.plan.ProjectNode.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.ProjectNode
             * @static
             * @param {laminardb.plan.ProjectNode.$Properties} message ProjectNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProjectNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.exprs != null && message.exprs.length)
                    for (let i = 0; i < message.exprs.length; ++i)
                        $root.laminardb.plan.NamedExpr.encode(message.exprs[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.failOnError != null && $Object.hasOwnProperty.call(message, "failOnError") && message.failOnError !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.failOnError);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProjectNode message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.ProjectNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.ProjectNode & laminardb.plan.ProjectNode.$Shape} ProjectNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProjectNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.ProjectNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.exprs && message.exprs.length))
                                message.exprs = [];
                            message.exprs.push($root.laminardb.plan.NamedExpr.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.failOnError = value;
                            else
                                delete message.failOnError;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ProjectNode message.
             * @function verify
             * @memberof laminardb.plan.ProjectNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProjectNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.exprs != null && $Object.hasOwnProperty.call(message, "exprs")) {
                    if (!$Array.isArray(message.exprs))
                        return "exprs: array expected";
                    for (let i = 0; i < message.exprs.length; ++i) {
                        let error = $root.laminardb.plan.NamedExpr.verify(message.exprs[i], _depth + 1);
                        if (error)
                            return "exprs." + error;
                    }
                }
                if (message.failOnError != null && $Object.hasOwnProperty.call(message, "failOnError"))
                    if (typeof message.failOnError !== "boolean")
                        return "failOnError: boolean expected";
                return null;
            };

            /**
             * Creates a ProjectNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.ProjectNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.ProjectNode} ProjectNode
             */
            ProjectNode.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.ProjectNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.ProjectNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.ProjectNode();
                if (object.exprs) {
                    if (!$Array.isArray(object.exprs))
                        throw $TypeError(".laminardb.plan.ProjectNode.exprs: array expected");
                    message.exprs = $Array(object.exprs.length);
                    for (let i = 0; i < object.exprs.length; ++i) {
                        if (!$util.isObject(object.exprs[i]))
                            throw $TypeError(".laminardb.plan.ProjectNode.exprs: object expected");
                        message.exprs[i] = $root.laminardb.plan.NamedExpr.fromObject(object.exprs[i], _depth + 1);
                    }
                }
                if (object.failOnError != null)
                    if (object.failOnError)
                        message.failOnError = $Boolean(object.failOnError);
                return message;
            };

            /**
             * Creates a plain object from a ProjectNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.ProjectNode
             * @static
             * @param {laminardb.plan.ProjectNode} message ProjectNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProjectNode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.exprs = [];
                if (options.defaults)
                    object.failOnError = false;
                if (message.exprs && message.exprs.length) {
                    object.exprs = $Array(message.exprs.length);
                    for (let j = 0; j < message.exprs.length; ++j)
                        object.exprs[j] = $root.laminardb.plan.NamedExpr.toObject(message.exprs[j], options, _depth + 1);
                }
                if (message.failOnError != null && $Object.hasOwnProperty.call(message, "failOnError"))
                    object.failOnError = message.failOnError;
                return object;
            };

            /**
             * Converts this ProjectNode to JSON.
             * @function toJSON
             * @memberof laminardb.plan.ProjectNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProjectNode.prototype.toJSON = function() {
                return ProjectNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProjectNode
             * @function getTypeUrl
             * @memberof laminardb.plan.ProjectNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProjectNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.ProjectNode";
            };

            return ProjectNode;
        })();

        plan.MapNode = (function() {

            /**
             * Properties of a MapNode.
             * @typedef {Object} laminardb.plan.MapNode.$Properties
             * @property {string|null} [rowFunction] MapNode rowFunction
             * @property {laminardb.plan.Schema.$Properties|null} [output] MapNode output
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MapNode.
             * @memberof laminardb.plan
             * @interface IMapNode
             * @augments laminardb.plan.MapNode.$Properties
             * @deprecated Use laminardb.plan.MapNode.$Properties instead.
             */

            /**
             * Shape of a MapNode.
             * @typedef {laminardb.plan.MapNode.$Properties} laminardb.plan.MapNode.$Shape
             */

            /**
             * Constructs a new MapNode.
             * @memberof laminardb.plan
             * @classdesc Represents a MapNode.
             * @constructor
             * @param {laminardb.plan.MapNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MapNode = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MapNode rowFunction.
             * @member {string} rowFunction
             * @memberof laminardb.plan.MapNode
             * @instance
             */
            MapNode.prototype.rowFunction = "";

            /**
             * MapNode output.
             * @member {laminardb.plan.Schema.$Properties|null|undefined} output
             * @memberof laminardb.plan.MapNode
             * @instance
             */
            MapNode.prototype.output = null;

            /**
             * Creates a new MapNode instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.MapNode
             * @static
             * @param {laminardb.plan.MapNode.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.MapNode} MapNode instance
             * @type {{
             *   (properties: laminardb.plan.MapNode.$Shape): laminardb.plan.MapNode & laminardb.plan.MapNode.$Shape;
             *   (properties?: laminardb.plan.MapNode.$Properties): laminardb.plan.MapNode;
             * }}
             */
            MapNode.create = function(properties) {
                return new MapNode(properties);
            };

            /**
             * Encodes the specified MapNode message. Does not implicitly {@link laminardb.plan.MapNode.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.MapNode
             * @static
             * @param {laminardb.plan.MapNode.$Properties} message MapNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MapNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rowFunction != null && $Object.hasOwnProperty.call(message, "rowFunction") && message.rowFunction !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.rowFunction);
                if (message.output != null && $Object.hasOwnProperty.call(message, "output"))
                    $root.laminardb.plan.Schema.encode(message.output, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MapNode message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.MapNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.MapNode & laminardb.plan.MapNode.$Shape} MapNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MapNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.MapNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rowFunction = value;
                            else
                                delete message.rowFunction;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.output = $root.laminardb.plan.Schema.decode(reader, reader.size(), $undefined, _depth + 1, message.output);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a MapNode message.
             * @function verify
             * @memberof laminardb.plan.MapNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MapNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.rowFunction != null && $Object.hasOwnProperty.call(message, "rowFunction"))
                    if (!$util.isString(message.rowFunction))
                        return "rowFunction: string expected";
                if (message.output != null && $Object.hasOwnProperty.call(message, "output")) {
                    let error = $root.laminardb.plan.Schema.verify(message.output, _depth + 1);
                    if (error)
                        return "output." + error;
                }
                return null;
            };

            /**
             * Creates a MapNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.MapNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.MapNode} MapNode
             */
            MapNode.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.MapNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.MapNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.MapNode();
                if (object.rowFunction != null)
                    if (typeof object.rowFunction !== "string" || object.rowFunction.length)
                        message.rowFunction = $String(object.rowFunction);
                if (object.output != null) {
                    if (!$util.isObject(object.output))
                        throw $TypeError(".laminardb.plan.MapNode.output: object expected");
                    message.output = $root.laminardb.plan.Schema.fromObject(object.output, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a MapNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.MapNode
             * @static
             * @param {laminardb.plan.MapNode} message MapNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MapNode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.rowFunction = "";
                    object.output = null;
                }
                if (message.rowFunction != null && $Object.hasOwnProperty.call(message, "rowFunction"))
                    object.rowFunction = message.rowFunction;
                if (message.output != null && $Object.hasOwnProperty.call(message, "output"))
                    object.output = $root.laminardb.plan.Schema.toObject(message.output, options, _depth + 1);
                return object;
            };

            /**
             * Converts this MapNode to JSON.
             * @function toJSON
             * @memberof laminardb.plan.MapNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MapNode.prototype.toJSON = function() {
                return MapNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MapNode
             * @function getTypeUrl
             * @memberof laminardb.plan.MapNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MapNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.MapNode";
            };

            return MapNode;
        })();

        plan.UnionNode = (function() {

            /**
             * Properties of a UnionNode.
             * @typedef {Object} laminardb.plan.UnionNode.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UnionNode.
             * @memberof laminardb.plan
             * @interface IUnionNode
             * @augments laminardb.plan.UnionNode.$Properties
             * @deprecated Use laminardb.plan.UnionNode.$Properties instead.
             */

            /**
             * Shape of a UnionNode.
             * @typedef {laminardb.plan.UnionNode.$Properties} laminardb.plan.UnionNode.$Shape
             */

            /**
             * Constructs a new UnionNode.
             * @memberof laminardb.plan
             * @classdesc Represents a UnionNode.
             * @constructor
             * @param {laminardb.plan.UnionNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnionNode = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new UnionNode instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.UnionNode
             * @static
             * @param {laminardb.plan.UnionNode.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.UnionNode} UnionNode instance
             * @type {{
             *   (properties: laminardb.plan.UnionNode.$Shape): laminardb.plan.UnionNode & laminardb.plan.UnionNode.$Shape;
             *   (properties?: laminardb.plan.UnionNode.$Properties): laminardb.plan.UnionNode;
             * }}
             */
            UnionNode.create = function(properties) {
                return new UnionNode(properties);
            };

            /**
             * Encodes the specified UnionNode message. Does not implicitly {@link laminardb.plan.UnionNode.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.UnionNode
             * @static
             * @param {laminardb.plan.UnionNode.$Properties} message UnionNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnionNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UnionNode message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.UnionNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.UnionNode & laminardb.plan.UnionNode.$Shape} UnionNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnionNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.UnionNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a UnionNode message.
             * @function verify
             * @memberof laminardb.plan.UnionNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UnionNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a UnionNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.UnionNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.UnionNode} UnionNode
             */
            UnionNode.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.UnionNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.UnionNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.laminardb.plan.UnionNode();
            };

            /**
             * Creates a plain object from a UnionNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.UnionNode
             * @static
             * @param {laminardb.plan.UnionNode} message UnionNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UnionNode.toObject = function () {
                return {};
            };

            /**
             * Converts this UnionNode to JSON.
             * @function toJSON
             * @memberof laminardb.plan.UnionNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UnionNode.prototype.toJSON = function() {
                return UnionNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UnionNode
             * @function getTypeUrl
             * @memberof laminardb.plan.UnionNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UnionNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.UnionNode";
            };

            return UnionNode;
        })();

        plan.TumblingWindow = (function() {

            /**
             * Properties of a TumblingWindow.
             * @typedef {Object} laminardb.plan.TumblingWindow.$Properties
             * @property {number|null} [sizeMs] TumblingWindow sizeMs
             * @property {number|null} [offsetMs] TumblingWindow offsetMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TumblingWindow.
             * @memberof laminardb.plan
             * @interface ITumblingWindow
             * @augments laminardb.plan.TumblingWindow.$Properties
             * @deprecated Use laminardb.plan.TumblingWindow.$Properties instead.
             */

            /**
             * Shape of a TumblingWindow.
             * @typedef {laminardb.plan.TumblingWindow.$Properties} laminardb.plan.TumblingWindow.$Shape
             */

            /**
             * Constructs a new TumblingWindow.
             * @memberof laminardb.plan
             * @classdesc Represents a TumblingWindow.
             * @constructor
             * @param {laminardb.plan.TumblingWindow.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TumblingWindow = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TumblingWindow sizeMs.
             * @member {number} sizeMs
             * @memberof laminardb.plan.TumblingWindow
             * @instance
             */
            TumblingWindow.prototype.sizeMs = 0;

            /**
             * TumblingWindow offsetMs.
             * @member {number} offsetMs
             * @memberof laminardb.plan.TumblingWindow
             * @instance
             */
            TumblingWindow.prototype.offsetMs = 0;

            /**
             * Creates a new TumblingWindow instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.TumblingWindow
             * @static
             * @param {laminardb.plan.TumblingWindow.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.TumblingWindow} TumblingWindow instance
             * @type {{
             *   (properties: laminardb.plan.TumblingWindow.$Shape): laminardb.plan.TumblingWindow & laminardb.plan.TumblingWindow.$Shape;
             *   (properties?: laminardb.plan.TumblingWindow.$Properties): laminardb.plan.TumblingWindow;
             * }}
             */
            TumblingWindow.create = function(properties) {
                return new TumblingWindow(properties);
            };

            /**
             * Encodes the specified TumblingWindow message. Does not implicitly {@link laminardb.plan.TumblingWindow.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.TumblingWindow
             * @static
             * @param {laminardb.plan.TumblingWindow.$Properties} message TumblingWindow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TumblingWindow.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sizeMs != null && $Object.hasOwnProperty.call(message, "sizeMs") && !$Object.is(message.sizeMs, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.sizeMs);
                if (message.offsetMs != null && $Object.hasOwnProperty.call(message, "offsetMs") && !$Object.is(message.offsetMs, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.offsetMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TumblingWindow message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.TumblingWindow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.TumblingWindow & laminardb.plan.TumblingWindow.$Shape} TumblingWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TumblingWindow.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.TumblingWindow();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.sizeMs = value;
                            else
                                delete message.sizeMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.offsetMs = value;
                            else
                                delete message.offsetMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TumblingWindow message.
             * @function verify
             * @memberof laminardb.plan.TumblingWindow
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TumblingWindow.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sizeMs != null && $Object.hasOwnProperty.call(message, "sizeMs"))
                    if (typeof message.sizeMs !== "number")
                        return "sizeMs: number expected";
                if (message.offsetMs != null && $Object.hasOwnProperty.call(message, "offsetMs"))
                    if (typeof message.offsetMs !== "number")
                        return "offsetMs: number expected";
                return null;
            };

            /**
             * Creates a TumblingWindow message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.TumblingWindow
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.TumblingWindow} TumblingWindow
             */
            TumblingWindow.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.TumblingWindow)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.TumblingWindow: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.TumblingWindow();
                if (object.sizeMs != null)
                    if (!$Object.is($Number(object.sizeMs), 0))
                        message.sizeMs = $Number(object.sizeMs);
                if (object.offsetMs != null)
                    if (!$Object.is($Number(object.offsetMs), 0))
                        message.offsetMs = $Number(object.offsetMs);
                return message;
            };

            /**
             * Creates a plain object from a TumblingWindow message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.TumblingWindow
             * @static
             * @param {laminardb.plan.TumblingWindow} message TumblingWindow
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TumblingWindow.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sizeMs = 0;
                    object.offsetMs = 0;
                }
                if (message.sizeMs != null && $Object.hasOwnProperty.call(message, "sizeMs"))
                    object.sizeMs = options.json && !$isFinite(message.sizeMs) ? $String(message.sizeMs) : message.sizeMs;
                if (message.offsetMs != null && $Object.hasOwnProperty.call(message, "offsetMs"))
                    object.offsetMs = options.json && !$isFinite(message.offsetMs) ? $String(message.offsetMs) : message.offsetMs;
                return object;
            };

            /**
             * Converts this TumblingWindow to JSON.
             * @function toJSON
             * @memberof laminardb.plan.TumblingWindow
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TumblingWindow.prototype.toJSON = function() {
                return TumblingWindow.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TumblingWindow
             * @function getTypeUrl
             * @memberof laminardb.plan.TumblingWindow
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TumblingWindow.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.TumblingWindow";
            };

            return TumblingWindow;
        })();

        plan.SlidingWindow = (function() {

            /**
             * Properties of a SlidingWindow.
             * @typedef {Object} laminardb.plan.SlidingWindow.$Properties
             * @property {number|null} [sizeMs] SlidingWindow sizeMs
             * @property {number|null} [slideMs] SlidingWindow slideMs
             * @property {number|null} [offsetMs] SlidingWindow offsetMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SlidingWindow.
             * @memberof laminardb.plan
             * @interface ISlidingWindow
             * @augments laminardb.plan.SlidingWindow.$Properties
             * @deprecated Use laminardb.plan.SlidingWindow.$Properties instead.
             */

            /**
             * Shape of a SlidingWindow.
             * @typedef {laminardb.plan.SlidingWindow.$Properties} laminardb.plan.SlidingWindow.$Shape
             */

            /**
             * Constructs a new SlidingWindow.
             * @memberof laminardb.plan
             * @classdesc Represents a SlidingWindow.
             * @constructor
             * @param {laminardb.plan.SlidingWindow.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SlidingWindow = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SlidingWindow sizeMs.
             * @member {number} sizeMs
             * @memberof laminardb.plan.SlidingWindow
             * @instance
             */
            SlidingWindow.prototype.sizeMs = 0;

            /**
             * SlidingWindow slideMs.
             * @member {number} slideMs
             * @memberof laminardb.plan.SlidingWindow
             * @instance
             */
            SlidingWindow.prototype.slideMs = 0;

            /**
             * SlidingWindow offsetMs.
             * @member {number} offsetMs
             * @memberof laminardb.plan.SlidingWindow
             * @instance
             */
            SlidingWindow.prototype.offsetMs = 0;

            /**
             * Creates a new SlidingWindow instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.SlidingWindow
             * @static
             * @param {laminardb.plan.SlidingWindow.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.SlidingWindow} SlidingWindow instance
             * @type {{
             *   (properties: laminardb.plan.SlidingWindow.$Shape): laminardb.plan.SlidingWindow & laminardb.plan.SlidingWindow.$Shape;
             *   (properties?: laminardb.plan.SlidingWindow.$Properties): laminardb.plan.SlidingWindow;
             * }}
             */
            SlidingWindow.create = function(properties) {
                return new SlidingWindow(properties);
            };

            /**
             * Encodes the specified SlidingWindow message. Does not implicitly {@link laminardb.plan.SlidingWindow.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.SlidingWindow
             * @static
             * @param {laminardb.plan.SlidingWindow.$Properties} message SlidingWindow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SlidingWindow.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sizeMs != null && $Object.hasOwnProperty.call(message, "sizeMs") && !$Object.is(message.sizeMs, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.sizeMs);
                if (message.slideMs != null && $Object.hasOwnProperty.call(message, "slideMs") && !$Object.is(message.slideMs, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.slideMs);
                if (message.offsetMs != null && $Object.hasOwnProperty.call(message, "offsetMs") && !$Object.is(message.offsetMs, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.offsetMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SlidingWindow message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.SlidingWindow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.SlidingWindow & laminardb.plan.SlidingWindow.$Shape} SlidingWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SlidingWindow.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.SlidingWindow();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.sizeMs = value;
                            else
                                delete message.sizeMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.slideMs = value;
                            else
                                delete message.slideMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.offsetMs = value;
                            else
                                delete message.offsetMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SlidingWindow message.
             * @function verify
             * @memberof laminardb.plan.SlidingWindow
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SlidingWindow.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sizeMs != null && $Object.hasOwnProperty.call(message, "sizeMs"))
                    if (typeof message.sizeMs !== "number")
                        return "sizeMs: number expected";
                if (message.slideMs != null && $Object.hasOwnProperty.call(message, "slideMs"))
                    if (typeof message.slideMs !== "number")
                        return "slideMs: number expected";
                if (message.offsetMs != null && $Object.hasOwnProperty.call(message, "offsetMs"))
                    if (typeof message.offsetMs !== "number")
                        return "offsetMs: number expected";
                return null;
            };

            /**
             * Creates a SlidingWindow message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.SlidingWindow
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.SlidingWindow} SlidingWindow
             */
            SlidingWindow.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.SlidingWindow)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.SlidingWindow: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.SlidingWindow();
                if (object.sizeMs != null)
                    if (!$Object.is($Number(object.sizeMs), 0))
                        message.sizeMs = $Number(object.sizeMs);
                if (object.slideMs != null)
                    if (!$Object.is($Number(object.slideMs), 0))
                        message.slideMs = $Number(object.slideMs);
                if (object.offsetMs != null)
                    if (!$Object.is($Number(object.offsetMs), 0))
                        message.offsetMs = $Number(object.offsetMs);
                return message;
            };

            /**
             * Creates a plain object from a SlidingWindow message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.SlidingWindow
             * @static
             * @param {laminardb.plan.SlidingWindow} message SlidingWindow
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SlidingWindow.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sizeMs = 0;
                    object.slideMs = 0;
                    object.offsetMs = 0;
                }
                if (message.sizeMs != null && $Object.hasOwnProperty.call(message, "sizeMs"))
                    object.sizeMs = options.json && !$isFinite(message.sizeMs) ? $String(message.sizeMs) : message.sizeMs;
                if (message.slideMs != null && $Object.hasOwnProperty.call(message, "slideMs"))
                    object.slideMs = options.json && !$isFinite(message.slideMs) ? $String(message.slideMs) : message.slideMs;
                if (message.offsetMs != null && $Object.hasOwnProperty.call(message, "offsetMs"))
                    object.offsetMs = options.json && !$isFinite(message.offsetMs) ? $String(message.offsetMs) : message.offsetMs;
                return object;
            };

            /**
             * Converts this SlidingWindow to JSON.
             * @function toJSON
             * @memberof laminardb.plan.SlidingWindow
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SlidingWindow.prototype.toJSON = function() {
                return SlidingWindow.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SlidingWindow
             * @function getTypeUrl
             * @memberof laminardb.plan.SlidingWindow
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SlidingWindow.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.SlidingWindow";
            };

            return SlidingWindow;
        })();

        plan.CumulateWindow = (function() {

            /**
             * Properties of a CumulateWindow.
             * @typedef {Object} laminardb.plan.CumulateWindow.$Properties
             * @property {number|null} [stepMs] CumulateWindow stepMs
             * @property {number|null} [sizeMs] CumulateWindow sizeMs
             * @property {number|null} [offsetMs] CumulateWindow offsetMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CumulateWindow.
             * @memberof laminardb.plan
             * @interface ICumulateWindow
             * @augments laminardb.plan.CumulateWindow.$Properties
             * @deprecated Use laminardb.plan.CumulateWindow.$Properties instead.
             */

            /**
             * Shape of a CumulateWindow.
             * @typedef {laminardb.plan.CumulateWindow.$Properties} laminardb.plan.CumulateWindow.$Shape
             */

            /**
             * Constructs a new CumulateWindow.
             * @memberof laminardb.plan
             * @classdesc Represents a CumulateWindow.
             * @constructor
             * @param {laminardb.plan.CumulateWindow.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CumulateWindow = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CumulateWindow stepMs.
             * @member {number} stepMs
             * @memberof laminardb.plan.CumulateWindow
             * @instance
             */
            CumulateWindow.prototype.stepMs = 0;

            /**
             * CumulateWindow sizeMs.
             * @member {number} sizeMs
             * @memberof laminardb.plan.CumulateWindow
             * @instance
             */
            CumulateWindow.prototype.sizeMs = 0;

            /**
             * CumulateWindow offsetMs.
             * @member {number} offsetMs
             * @memberof laminardb.plan.CumulateWindow
             * @instance
             */
            CumulateWindow.prototype.offsetMs = 0;

            /**
             * Creates a new CumulateWindow instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.CumulateWindow
             * @static
             * @param {laminardb.plan.CumulateWindow.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.CumulateWindow} CumulateWindow instance
             * @type {{
             *   (properties: laminardb.plan.CumulateWindow.$Shape): laminardb.plan.CumulateWindow & laminardb.plan.CumulateWindow.$Shape;
             *   (properties?: laminardb.plan.CumulateWindow.$Properties): laminardb.plan.CumulateWindow;
             * }}
             */
            CumulateWindow.create = function(properties) {
                return new CumulateWindow(properties);
            };

            /**
             * Encodes the specified CumulateWindow message. Does not implicitly {@link laminardb.plan.CumulateWindow.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.CumulateWindow
             * @static
             * @param {laminardb.plan.CumulateWindow.$Properties} message CumulateWindow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CumulateWindow.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.stepMs != null && $Object.hasOwnProperty.call(message, "stepMs") && !$Object.is(message.stepMs, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.stepMs);
                if (message.sizeMs != null && $Object.hasOwnProperty.call(message, "sizeMs") && !$Object.is(message.sizeMs, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.sizeMs);
                if (message.offsetMs != null && $Object.hasOwnProperty.call(message, "offsetMs") && !$Object.is(message.offsetMs, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.offsetMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CumulateWindow message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.CumulateWindow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.CumulateWindow & laminardb.plan.CumulateWindow.$Shape} CumulateWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CumulateWindow.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.CumulateWindow();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.stepMs = value;
                            else
                                delete message.stepMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.sizeMs = value;
                            else
                                delete message.sizeMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.offsetMs = value;
                            else
                                delete message.offsetMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CumulateWindow message.
             * @function verify
             * @memberof laminardb.plan.CumulateWindow
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CumulateWindow.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.stepMs != null && $Object.hasOwnProperty.call(message, "stepMs"))
                    if (typeof message.stepMs !== "number")
                        return "stepMs: number expected";
                if (message.sizeMs != null && $Object.hasOwnProperty.call(message, "sizeMs"))
                    if (typeof message.sizeMs !== "number")
                        return "sizeMs: number expected";
                if (message.offsetMs != null && $Object.hasOwnProperty.call(message, "offsetMs"))
                    if (typeof message.offsetMs !== "number")
                        return "offsetMs: number expected";
                return null;
            };

            /**
             * Creates a CumulateWindow message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.CumulateWindow
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.CumulateWindow} CumulateWindow
             */
            CumulateWindow.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.CumulateWindow)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.CumulateWindow: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.CumulateWindow();
                if (object.stepMs != null)
                    if (!$Object.is($Number(object.stepMs), 0))
                        message.stepMs = $Number(object.stepMs);
                if (object.sizeMs != null)
                    if (!$Object.is($Number(object.sizeMs), 0))
                        message.sizeMs = $Number(object.sizeMs);
                if (object.offsetMs != null)
                    if (!$Object.is($Number(object.offsetMs), 0))
                        message.offsetMs = $Number(object.offsetMs);
                return message;
            };

            /**
             * Creates a plain object from a CumulateWindow message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.CumulateWindow
             * @static
             * @param {laminardb.plan.CumulateWindow} message CumulateWindow
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CumulateWindow.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.stepMs = 0;
                    object.sizeMs = 0;
                    object.offsetMs = 0;
                }
                if (message.stepMs != null && $Object.hasOwnProperty.call(message, "stepMs"))
                    object.stepMs = options.json && !$isFinite(message.stepMs) ? $String(message.stepMs) : message.stepMs;
                if (message.sizeMs != null && $Object.hasOwnProperty.call(message, "sizeMs"))
                    object.sizeMs = options.json && !$isFinite(message.sizeMs) ? $String(message.sizeMs) : message.sizeMs;
                if (message.offsetMs != null && $Object.hasOwnProperty.call(message, "offsetMs"))
                    object.offsetMs = options.json && !$isFinite(message.offsetMs) ? $String(message.offsetMs) : message.offsetMs;
                return object;
            };

            /**
             * Converts this CumulateWindow to JSON.
             * @function toJSON
             * @memberof laminardb.plan.CumulateWindow
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CumulateWindow.prototype.toJSON = function() {
                return CumulateWindow.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CumulateWindow
             * @function getTypeUrl
             * @memberof laminardb.plan.CumulateWindow
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CumulateWindow.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.CumulateWindow";
            };

            return CumulateWindow;
        })();

        plan.SessionWindow = (function() {

            /**
             * Properties of a SessionWindow.
             * @typedef {Object} laminardb.plan.SessionWindow.$Properties
             * @property {number|null} [gapMs] SessionWindow gapMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SessionWindow.
             * @memberof laminardb.plan
             * @interface ISessionWindow
             * @augments laminardb.plan.SessionWindow.$Properties
             * @deprecated Use laminardb.plan.SessionWindow.$Properties instead.
             */

            /**
             * Shape of a SessionWindow.
             * @typedef {laminardb.plan.SessionWindow.$Properties} laminardb.plan.SessionWindow.$Shape
             */

            /**
             * Constructs a new SessionWindow.
             * @memberof laminardb.plan
             * @classdesc Represents a SessionWindow.
             * @constructor
             * @param {laminardb.plan.SessionWindow.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SessionWindow = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SessionWindow gapMs.
             * @member {number} gapMs
             * @memberof laminardb.plan.SessionWindow
             * @instance
             */
            SessionWindow.prototype.gapMs = 0;

            /**
             * Creates a new SessionWindow instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.SessionWindow
             * @static
             * @param {laminardb.plan.SessionWindow.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.SessionWindow} SessionWindow instance
             * @type {{
             *   (properties: laminardb.plan.SessionWindow.$Shape): laminardb.plan.SessionWindow & laminardb.plan.SessionWindow.$Shape;
             *   (properties?: laminardb.plan.SessionWindow.$Properties): laminardb.plan.SessionWindow;
             * }}
             */
            SessionWindow.create = function(properties) {
                return new SessionWindow(properties);
            };

            /**
             * Encodes the specified SessionWindow message. Does not implicitly {@link laminardb.plan.SessionWindow.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.SessionWindow
             * @static
             * @param {laminardb.plan.SessionWindow.$Properties} message SessionWindow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionWindow.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.gapMs != null && $Object.hasOwnProperty.call(message, "gapMs") && !$Object.is(message.gapMs, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.gapMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SessionWindow message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.SessionWindow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.SessionWindow & laminardb.plan.SessionWindow.$Shape} SessionWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionWindow.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.SessionWindow();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.gapMs = value;
                            else
                                delete message.gapMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SessionWindow message.
             * @function verify
             * @memberof laminardb.plan.SessionWindow
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SessionWindow.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.gapMs != null && $Object.hasOwnProperty.call(message, "gapMs"))
                    if (typeof message.gapMs !== "number")
                        return "gapMs: number expected";
                return null;
            };

            /**
             * Creates a SessionWindow message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.SessionWindow
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.SessionWindow} SessionWindow
             */
            SessionWindow.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.SessionWindow)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.SessionWindow: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.SessionWindow();
                if (object.gapMs != null)
                    if (!$Object.is($Number(object.gapMs), 0))
                        message.gapMs = $Number(object.gapMs);
                return message;
            };

            /**
             * Creates a plain object from a SessionWindow message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.SessionWindow
             * @static
             * @param {laminardb.plan.SessionWindow} message SessionWindow
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SessionWindow.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.gapMs = 0;
                if (message.gapMs != null && $Object.hasOwnProperty.call(message, "gapMs"))
                    object.gapMs = options.json && !$isFinite(message.gapMs) ? $String(message.gapMs) : message.gapMs;
                return object;
            };

            /**
             * Converts this SessionWindow to JSON.
             * @function toJSON
             * @memberof laminardb.plan.SessionWindow
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SessionWindow.prototype.toJSON = function() {
                return SessionWindow.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SessionWindow
             * @function getTypeUrl
             * @memberof laminardb.plan.SessionWindow
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SessionWindow.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.SessionWindow";
            };

            return SessionWindow;
        })();

        plan.Window = (function() {

            /**
             * Properties of a Window.
             * @typedef {Object} laminardb.plan.Window.$Properties
             * @property {laminardb.plan.TumblingWindow.$Properties|null} [tumbling] Window tumbling
             * @property {laminardb.plan.SlidingWindow.$Properties|null} [sliding] Window sliding
             * @property {laminardb.plan.CumulateWindow.$Properties|null} [cumulate] Window cumulate
             * @property {laminardb.plan.SessionWindow.$Properties|null} [session] Window session
             * @property {"tumbling"|"sliding"|"cumulate"|"session"} [kind] Window kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Window.
             * @memberof laminardb.plan
             * @interface IWindow
             * @augments laminardb.plan.Window.$Properties
             * @deprecated Use laminardb.plan.Window.$Properties instead.
             */

            /**
             * Narrowed shape of a Window.
             * @typedef {{
             *   tumbling?: laminardb.plan.TumblingWindow.$Shape|null;
             *   sliding?: laminardb.plan.SlidingWindow.$Shape|null;
             *   cumulate?: laminardb.plan.CumulateWindow.$Shape|null;
             *   session?: laminardb.plan.SessionWindow.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; tumbling?: null; sliding?: null; cumulate?: null; session?: null }|{ kind?: "tumbling"; tumbling: laminardb.plan.TumblingWindow.$Shape; sliding?: null; cumulate?: null; session?: null }|{ kind?: "sliding"; tumbling?: null; sliding: laminardb.plan.SlidingWindow.$Shape; cumulate?: null; session?: null }|{ kind?: "cumulate"; tumbling?: null; sliding?: null; cumulate: laminardb.plan.CumulateWindow.$Shape; session?: null }|{ kind?: "session"; tumbling?: null; sliding?: null; cumulate?: null; session: laminardb.plan.SessionWindow.$Shape })
             * )} laminardb.plan.Window.$Shape
             */

            /**
             * Constructs a new Window.
             * @memberof laminardb.plan
             * @classdesc Represents a Window.
             * @constructor
             * @param {laminardb.plan.Window.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Window = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Window tumbling.
             * @member {laminardb.plan.TumblingWindow.$Properties|null|undefined} tumbling
             * @memberof laminardb.plan.Window
             * @instance
             */
            Window.prototype.tumbling = null;

            /**
             * Window sliding.
             * @member {laminardb.plan.SlidingWindow.$Properties|null|undefined} sliding
             * @memberof laminardb.plan.Window
             * @instance
             */
            Window.prototype.sliding = null;

            /**
             * Window cumulate.
             * @member {laminardb.plan.CumulateWindow.$Properties|null|undefined} cumulate
             * @memberof laminardb.plan.Window
             * @instance
             */
            Window.prototype.cumulate = null;

            /**
             * Window session.
             * @member {laminardb.plan.SessionWindow.$Properties|null|undefined} session
             * @memberof laminardb.plan.Window
             * @instance
             */
            Window.prototype.session = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Window kind.
             * @member {"tumbling"|"sliding"|"cumulate"|"session"|undefined} kind
             * @memberof laminardb.plan.Window
             * @instance
             */
            $Object.defineProperty(Window.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["tumbling", "sliding", "cumulate", "session"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Window instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.Window
             * @static
             * @param {laminardb.plan.Window.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.Window} Window instance
             * @type {{
             *   (properties: laminardb.plan.Window.$Shape): laminardb.plan.Window & laminardb.plan.Window.$Shape;
             *   (properties?: laminardb.plan.Window.$Properties): laminardb.plan.Window;
             * }}
             */
            Window.create = function(properties) {
                return new Window(properties);
            };

            /**
             * Encodes the specified Window message. Does not implicitly {@link laminardb.plan.Window.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.Window
             * @static
             * @param {laminardb.plan.Window.$Properties} message Window message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Window.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tumbling != null && $Object.hasOwnProperty.call(message, "tumbling"))
                    $root.laminardb.plan.TumblingWindow.encode(message.tumbling, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.sliding != null && $Object.hasOwnProperty.call(message, "sliding"))
                    $root.laminardb.plan.SlidingWindow.encode(message.sliding, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.cumulate != null && $Object.hasOwnProperty.call(message, "cumulate"))
                    $root.laminardb.plan.CumulateWindow.encode(message.cumulate, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.session != null && $Object.hasOwnProperty.call(message, "session"))
                    $root.laminardb.plan.SessionWindow.encode(message.session, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Window message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.Window
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.Window & laminardb.plan.Window.$Shape} Window
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Window.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.Window();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.tumbling = $root.laminardb.plan.TumblingWindow.decode(reader, reader.size(), $undefined, _depth + 1, message.tumbling);
                            message.kind = "tumbling";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.sliding = $root.laminardb.plan.SlidingWindow.decode(reader, reader.size(), $undefined, _depth + 1, message.sliding);
                            message.kind = "sliding";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.cumulate = $root.laminardb.plan.CumulateWindow.decode(reader, reader.size(), $undefined, _depth + 1, message.cumulate);
                            message.kind = "cumulate";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.session = $root.laminardb.plan.SessionWindow.decode(reader, reader.size(), $undefined, _depth + 1, message.session);
                            message.kind = "session";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Window message.
             * @function verify
             * @memberof laminardb.plan.Window
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Window.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.tumbling != null && $Object.hasOwnProperty.call(message, "tumbling")) {
                    properties.kind = 1;
                    {
                        let error = $root.laminardb.plan.TumblingWindow.verify(message.tumbling, _depth + 1);
                        if (error)
                            return "tumbling." + error;
                    }
                }
                if (message.sliding != null && $Object.hasOwnProperty.call(message, "sliding")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.laminardb.plan.SlidingWindow.verify(message.sliding, _depth + 1);
                        if (error)
                            return "sliding." + error;
                    }
                }
                if (message.cumulate != null && $Object.hasOwnProperty.call(message, "cumulate")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.laminardb.plan.CumulateWindow.verify(message.cumulate, _depth + 1);
                        if (error)
                            return "cumulate." + error;
                    }
                }
                if (message.session != null && $Object.hasOwnProperty.call(message, "session")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.laminardb.plan.SessionWindow.verify(message.session, _depth + 1);
                        if (error)
                            return "session." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Window message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.Window
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.Window} Window
             */
            Window.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.Window)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.Window: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.Window();
                if (object.tumbling != null) {
                    if (!$util.isObject(object.tumbling))
                        throw $TypeError(".laminardb.plan.Window.tumbling: object expected");
                    message.tumbling = $root.laminardb.plan.TumblingWindow.fromObject(object.tumbling, _depth + 1);
                }
                if (object.sliding != null) {
                    if (!$util.isObject(object.sliding))
                        throw $TypeError(".laminardb.plan.Window.sliding: object expected");
                    message.sliding = $root.laminardb.plan.SlidingWindow.fromObject(object.sliding, _depth + 1);
                }
                if (object.cumulate != null) {
                    if (!$util.isObject(object.cumulate))
                        throw $TypeError(".laminardb.plan.Window.cumulate: object expected");
                    message.cumulate = $root.laminardb.plan.CumulateWindow.fromObject(object.cumulate, _depth + 1);
                }
                if (object.session != null) {
                    if (!$util.isObject(object.session))
                        throw $TypeError(".laminardb.plan.Window.session: object expected");
                    message.session = $root.laminardb.plan.SessionWindow.fromObject(object.session, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Window message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.Window
             * @static
             * @param {laminardb.plan.Window} message Window
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Window.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.tumbling != null && $Object.hasOwnProperty.call(message, "tumbling")) {
                    object.tumbling = $root.laminardb.plan.TumblingWindow.toObject(message.tumbling, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "tumbling";
                }
                if (message.sliding != null && $Object.hasOwnProperty.call(message, "sliding")) {
                    object.sliding = $root.laminardb.plan.SlidingWindow.toObject(message.sliding, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "sliding";
                }
                if (message.cumulate != null && $Object.hasOwnProperty.call(message, "cumulate")) {
                    object.cumulate = $root.laminardb.plan.CumulateWindow.toObject(message.cumulate, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "cumulate";
                }
                if (message.session != null && $Object.hasOwnProperty.call(message, "session")) {
                    object.session = $root.laminardb.plan.SessionWindow.toObject(message.session, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "session";
                }
                return object;
            };

            /**
             * Converts this Window to JSON.
             * @function toJSON
             * @memberof laminardb.plan.Window
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Window.prototype.toJSON = function() {
                return Window.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Window
             * @function getTypeUrl
             * @memberof laminardb.plan.Window
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Window.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.Window";
            };

            return Window;
        })();

        plan.Emit = (function() {

            /**
             * Properties of an Emit.
             * @typedef {Object} laminardb.plan.Emit.$Properties
             * @property {laminardb.plan.Emit.Mode|null} [mode] Emit mode
             * @property {number|null} [everyMs] Emit everyMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Emit.
             * @memberof laminardb.plan
             * @interface IEmit
             * @augments laminardb.plan.Emit.$Properties
             * @deprecated Use laminardb.plan.Emit.$Properties instead.
             */

            /**
             * Shape of an Emit.
             * @typedef {laminardb.plan.Emit.$Properties} laminardb.plan.Emit.$Shape
             */

            /**
             * Constructs a new Emit.
             * @memberof laminardb.plan
             * @classdesc Represents an Emit.
             * @constructor
             * @param {laminardb.plan.Emit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Emit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Emit mode.
             * @member {laminardb.plan.Emit.Mode} mode
             * @memberof laminardb.plan.Emit
             * @instance
             */
            Emit.prototype.mode = 0;

            /**
             * Emit everyMs.
             * @member {number} everyMs
             * @memberof laminardb.plan.Emit
             * @instance
             */
            Emit.prototype.everyMs = 0;

            /**
             * Creates a new Emit instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.Emit
             * @static
             * @param {laminardb.plan.Emit.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.Emit} Emit instance
             * @type {{
             *   (properties: laminardb.plan.Emit.$Shape): laminardb.plan.Emit & laminardb.plan.Emit.$Shape;
             *   (properties?: laminardb.plan.Emit.$Properties): laminardb.plan.Emit;
             * }}
             */
            Emit.create = function(properties) {
                return new Emit(properties);
            };

            /**
             * Encodes the specified Emit message. Does not implicitly {@link laminardb.plan.Emit.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.Emit
             * @static
             * @param {laminardb.plan.Emit.$Properties} message Emit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Emit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.mode);
                if (message.everyMs != null && $Object.hasOwnProperty.call(message, "everyMs") && !$Object.is(message.everyMs, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.everyMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Emit message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.Emit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.Emit & laminardb.plan.Emit.$Shape} Emit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Emit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.Emit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.everyMs = value;
                            else
                                delete message.everyMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Emit message.
             * @function verify
             * @memberof laminardb.plan.Emit
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Emit.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (typeof message.mode !== "number" || (message.mode | 0) !== message.mode)
                        return "mode: enum value expected";
                if (message.everyMs != null && $Object.hasOwnProperty.call(message, "everyMs"))
                    if (typeof message.everyMs !== "number")
                        return "everyMs: number expected";
                return null;
            };

            /**
             * Creates an Emit message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.Emit
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.Emit} Emit
             */
            Emit.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.Emit)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.Emit: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.Emit();
                if (object.mode !== 0 && (typeof object.mode !== "string" || $root.laminardb.plan.Emit.Mode[object.mode] !== 0))
                    switch (object.mode) {
                    case "ON_CLOSE":
                    case 0:
                        message.mode = 0;
                        break;
                    case "FINAL":
                    case 1:
                        message.mode = 1;
                        break;
                    case "ON_UPDATE":
                    case 2:
                        message.mode = 2;
                        break;
                    case "CHANGES":
                    case 3:
                        message.mode = 3;
                        break;
                    case "EVERY":
                    case 4:
                        message.mode = 4;
                        break;
                    default:
                        if (typeof object.mode === "number" && (object.mode | 0) === object.mode)
                            message.mode = object.mode;
                    }
                if (object.everyMs != null)
                    if (!$Object.is($Number(object.everyMs), 0))
                        message.everyMs = $Number(object.everyMs);
                return message;
            };

            /**
             * Creates a plain object from an Emit message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.Emit
             * @static
             * @param {laminardb.plan.Emit} message Emit
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Emit.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.mode = options.enums === $String ? "ON_CLOSE" : 0;
                    object.everyMs = 0;
                }
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = options.enums === $String ? $root.laminardb.plan.Emit.Mode[message.mode] === $undefined ? message.mode : $root.laminardb.plan.Emit.Mode[message.mode] : message.mode;
                if (message.everyMs != null && $Object.hasOwnProperty.call(message, "everyMs"))
                    object.everyMs = options.json && !$isFinite(message.everyMs) ? $String(message.everyMs) : message.everyMs;
                return object;
            };

            /**
             * Converts this Emit to JSON.
             * @function toJSON
             * @memberof laminardb.plan.Emit
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Emit.prototype.toJSON = function() {
                return Emit.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Emit
             * @function getTypeUrl
             * @memberof laminardb.plan.Emit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Emit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.Emit";
            };

            /**
             * Mode enum.
             * @name laminardb.plan.Emit.Mode
             * @enum {number}
             * @property {number} ON_CLOSE=0 ON_CLOSE value
             * @property {number} FINAL=1 FINAL value
             * @property {number} ON_UPDATE=2 ON_UPDATE value
             * @property {number} CHANGES=3 CHANGES value
             * @property {number} EVERY=4 EVERY value
             */
            Emit.Mode = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ON_CLOSE"] = 0;
                values[valuesById[1] = "FINAL"] = 1;
                values[valuesById[2] = "ON_UPDATE"] = 2;
                values[valuesById[3] = "CHANGES"] = 3;
                values[valuesById[4] = "EVERY"] = 4;
                return values;
            })();

            return Emit;
        })();

        plan.AggregateCall = (function() {

            /**
             * Properties of an AggregateCall.
             * @typedef {Object} laminardb.plan.AggregateCall.$Properties
             * @property {string|null} [name] AggregateCall name
             * @property {string|null} ["function"] AggregateCall function
             * @property {Array.<laminardb.plan.Expr.$Properties>|null} [args] AggregateCall args
             * @property {boolean|null} [distinct] AggregateCall distinct
             * @property {laminardb.plan.Expr.$Properties|null} [filter] AggregateCall filter
             * @property {Array.<laminardb.plan.SortKey.$Properties>|null} [orderBy] AggregateCall orderBy
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AggregateCall.
             * @memberof laminardb.plan
             * @interface IAggregateCall
             * @augments laminardb.plan.AggregateCall.$Properties
             * @deprecated Use laminardb.plan.AggregateCall.$Properties instead.
             */

            /**
             * Shape of an AggregateCall.
             * @typedef {{
             *   name?: string|null;
             *   "function"?: string|null;
             *   args?: Array.<laminardb.plan.Expr.$Shape>|null;
             *   distinct?: boolean|null;
             *   filter?: laminardb.plan.Expr.$Shape|null;
             *   orderBy?: Array.<laminardb.plan.SortKey.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} laminardb.plan.AggregateCall.$Shape
             */

            /**
             * Constructs a new AggregateCall.
             * @memberof laminardb.plan
             * @classdesc Represents an AggregateCall.
             * @constructor
             * @param {laminardb.plan.AggregateCall.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AggregateCall = function (properties) {
                this.args = [];
                this.orderBy = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AggregateCall name.
             * @member {string} name
             * @memberof laminardb.plan.AggregateCall
             * @instance
             */
            AggregateCall.prototype.name = "";

            /**
             * AggregateCall function.
             * @member {string} function
             * @memberof laminardb.plan.AggregateCall
             * @instance
             */
            AggregateCall.prototype["function"] = "";

            /**
             * AggregateCall args.
             * @member {Array.<laminardb.plan.Expr.$Properties>} args
             * @memberof laminardb.plan.AggregateCall
             * @instance
             */
            AggregateCall.prototype.args = $util.emptyArray;

            /**
             * AggregateCall distinct.
             * @member {boolean} distinct
             * @memberof laminardb.plan.AggregateCall
             * @instance
             */
            AggregateCall.prototype.distinct = false;

            /**
             * AggregateCall filter.
             * @member {laminardb.plan.Expr.$Properties|null|undefined} filter
             * @memberof laminardb.plan.AggregateCall
             * @instance
             */
            AggregateCall.prototype.filter = null;

            /**
             * AggregateCall orderBy.
             * @member {Array.<laminardb.plan.SortKey.$Properties>} orderBy
             * @memberof laminardb.plan.AggregateCall
             * @instance
             */
            AggregateCall.prototype.orderBy = $util.emptyArray;

            /**
             * Creates a new AggregateCall instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.AggregateCall
             * @static
             * @param {laminardb.plan.AggregateCall.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.AggregateCall} AggregateCall instance
             * @type {{
             *   (properties: laminardb.plan.AggregateCall.$Shape): laminardb.plan.AggregateCall & laminardb.plan.AggregateCall.$Shape;
             *   (properties?: laminardb.plan.AggregateCall.$Properties): laminardb.plan.AggregateCall;
             * }}
             */
            AggregateCall.create = function(properties) {
                return new AggregateCall(properties);
            };

            /**
             * Encodes the specified AggregateCall message. Does not implicitly {@link laminardb.plan.AggregateCall.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.AggregateCall
             * @static
             * @param {laminardb.plan.AggregateCall.$Properties} message AggregateCall message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AggregateCall.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message["function"] != null && $Object.hasOwnProperty.call(message, "function") && message["function"] !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message["function"]);
                if (message.args != null && message.args.length)
                    for (let i = 0; i < message.args.length; ++i)
                        $root.laminardb.plan.Expr.encode(message.args[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.distinct != null && $Object.hasOwnProperty.call(message, "distinct") && message.distinct !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.distinct);
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    $root.laminardb.plan.Expr.encode(message.filter, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.orderBy != null && message.orderBy.length)
                    for (let i = 0; i < message.orderBy.length; ++i)
                        $root.laminardb.plan.SortKey.encode(message.orderBy[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AggregateCall message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.AggregateCall
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.AggregateCall & laminardb.plan.AggregateCall.$Shape} AggregateCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AggregateCall.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.AggregateCall();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message["function"] = value;
                            else
                                delete message["function"];
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.args && message.args.length))
                                message.args = [];
                            message.args.push($root.laminardb.plan.Expr.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.distinct = value;
                            else
                                delete message.distinct;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.filter = $root.laminardb.plan.Expr.decode(reader, reader.size(), $undefined, _depth + 1, message.filter);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.orderBy && message.orderBy.length))
                                message.orderBy = [];
                            message.orderBy.push($root.laminardb.plan.SortKey.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AggregateCall message.
             * @function verify
             * @memberof laminardb.plan.AggregateCall
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AggregateCall.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message["function"] != null && $Object.hasOwnProperty.call(message, "function"))
                    if (!$util.isString(message["function"]))
                        return "function: string expected";
                if (message.args != null && $Object.hasOwnProperty.call(message, "args")) {
                    if (!$Array.isArray(message.args))
                        return "args: array expected";
                    for (let i = 0; i < message.args.length; ++i) {
                        let error = $root.laminardb.plan.Expr.verify(message.args[i], _depth + 1);
                        if (error)
                            return "args." + error;
                    }
                }
                if (message.distinct != null && $Object.hasOwnProperty.call(message, "distinct"))
                    if (typeof message.distinct !== "boolean")
                        return "distinct: boolean expected";
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter")) {
                    let error = $root.laminardb.plan.Expr.verify(message.filter, _depth + 1);
                    if (error)
                        return "filter." + error;
                }
                if (message.orderBy != null && $Object.hasOwnProperty.call(message, "orderBy")) {
                    if (!$Array.isArray(message.orderBy))
                        return "orderBy: array expected";
                    for (let i = 0; i < message.orderBy.length; ++i) {
                        let error = $root.laminardb.plan.SortKey.verify(message.orderBy[i], _depth + 1);
                        if (error)
                            return "orderBy." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an AggregateCall message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.AggregateCall
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.AggregateCall} AggregateCall
             */
            AggregateCall.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.AggregateCall)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.AggregateCall: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.AggregateCall();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object["function"] != null)
                    if (typeof object["function"] !== "string" || object["function"].length)
                        message["function"] = $String(object["function"]);
                if (object.args) {
                    if (!$Array.isArray(object.args))
                        throw $TypeError(".laminardb.plan.AggregateCall.args: array expected");
                    message.args = $Array(object.args.length);
                    for (let i = 0; i < object.args.length; ++i) {
                        if (!$util.isObject(object.args[i]))
                            throw $TypeError(".laminardb.plan.AggregateCall.args: object expected");
                        message.args[i] = $root.laminardb.plan.Expr.fromObject(object.args[i], _depth + 1);
                    }
                }
                if (object.distinct != null)
                    if (object.distinct)
                        message.distinct = $Boolean(object.distinct);
                if (object.filter != null) {
                    if (!$util.isObject(object.filter))
                        throw $TypeError(".laminardb.plan.AggregateCall.filter: object expected");
                    message.filter = $root.laminardb.plan.Expr.fromObject(object.filter, _depth + 1);
                }
                if (object.orderBy) {
                    if (!$Array.isArray(object.orderBy))
                        throw $TypeError(".laminardb.plan.AggregateCall.orderBy: array expected");
                    message.orderBy = $Array(object.orderBy.length);
                    for (let i = 0; i < object.orderBy.length; ++i) {
                        if (!$util.isObject(object.orderBy[i]))
                            throw $TypeError(".laminardb.plan.AggregateCall.orderBy: object expected");
                        message.orderBy[i] = $root.laminardb.plan.SortKey.fromObject(object.orderBy[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an AggregateCall message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.AggregateCall
             * @static
             * @param {laminardb.plan.AggregateCall} message AggregateCall
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AggregateCall.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.args = [];
                    object.orderBy = [];
                }
                if (options.defaults) {
                    object.name = "";
                    object["function"] = "";
                    object.distinct = false;
                    object.filter = null;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message["function"] != null && $Object.hasOwnProperty.call(message, "function"))
                    object["function"] = message["function"];
                if (message.args && message.args.length) {
                    object.args = $Array(message.args.length);
                    for (let j = 0; j < message.args.length; ++j)
                        object.args[j] = $root.laminardb.plan.Expr.toObject(message.args[j], options, _depth + 1);
                }
                if (message.distinct != null && $Object.hasOwnProperty.call(message, "distinct"))
                    object.distinct = message.distinct;
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    object.filter = $root.laminardb.plan.Expr.toObject(message.filter, options, _depth + 1);
                if (message.orderBy && message.orderBy.length) {
                    object.orderBy = $Array(message.orderBy.length);
                    for (let j = 0; j < message.orderBy.length; ++j)
                        object.orderBy[j] = $root.laminardb.plan.SortKey.toObject(message.orderBy[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this AggregateCall to JSON.
             * @function toJSON
             * @memberof laminardb.plan.AggregateCall
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AggregateCall.prototype.toJSON = function() {
                return AggregateCall.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AggregateCall
             * @function getTypeUrl
             * @memberof laminardb.plan.AggregateCall
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AggregateCall.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.AggregateCall";
            };

            return AggregateCall;
        })();

        plan.WindowAggregateNode = (function() {

            /**
             * Properties of a WindowAggregateNode.
             * @typedef {Object} laminardb.plan.WindowAggregateNode.$Properties
             * @property {Array.<string>|null} [keys] WindowAggregateNode keys
             * @property {laminardb.plan.Window.$Properties|null} [window] WindowAggregateNode window
             * @property {Array.<laminardb.plan.AggregateCall.$Properties>|null} [aggregates] WindowAggregateNode aggregates
             * @property {string|null} [timeColumn] WindowAggregateNode timeColumn
             * @property {laminardb.plan.Emit.$Properties|null} [emit] WindowAggregateNode emit
             * @property {number|null} [latenessMs] WindowAggregateNode latenessMs
             * @property {laminardb.plan.KeyedWatermark.$Properties|null} [keyed] WindowAggregateNode keyed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WindowAggregateNode.
             * @memberof laminardb.plan
             * @interface IWindowAggregateNode
             * @augments laminardb.plan.WindowAggregateNode.$Properties
             * @deprecated Use laminardb.plan.WindowAggregateNode.$Properties instead.
             */

            /**
             * Shape of a WindowAggregateNode.
             * @typedef {{
             *   keys?: Array.<string>|null;
             *   window?: laminardb.plan.Window.$Shape|null;
             *   aggregates?: Array.<laminardb.plan.AggregateCall.$Shape>|null;
             *   timeColumn?: string|null;
             *   emit?: laminardb.plan.Emit.$Shape|null;
             *   latenessMs?: number|null;
             *   keyed?: laminardb.plan.KeyedWatermark.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} laminardb.plan.WindowAggregateNode.$Shape
             */

            /**
             * Constructs a new WindowAggregateNode.
             * @memberof laminardb.plan
             * @classdesc Represents a WindowAggregateNode.
             * @constructor
             * @param {laminardb.plan.WindowAggregateNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WindowAggregateNode = function (properties) {
                this.keys = [];
                this.aggregates = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WindowAggregateNode keys.
             * @member {Array.<string>} keys
             * @memberof laminardb.plan.WindowAggregateNode
             * @instance
             */
            WindowAggregateNode.prototype.keys = $util.emptyArray;

            /**
             * WindowAggregateNode window.
             * @member {laminardb.plan.Window.$Properties|null|undefined} window
             * @memberof laminardb.plan.WindowAggregateNode
             * @instance
             */
            WindowAggregateNode.prototype.window = null;

            /**
             * WindowAggregateNode aggregates.
             * @member {Array.<laminardb.plan.AggregateCall.$Properties>} aggregates
             * @memberof laminardb.plan.WindowAggregateNode
             * @instance
             */
            WindowAggregateNode.prototype.aggregates = $util.emptyArray;

            /**
             * WindowAggregateNode timeColumn.
             * @member {string} timeColumn
             * @memberof laminardb.plan.WindowAggregateNode
             * @instance
             */
            WindowAggregateNode.prototype.timeColumn = "";

            /**
             * WindowAggregateNode emit.
             * @member {laminardb.plan.Emit.$Properties|null|undefined} emit
             * @memberof laminardb.plan.WindowAggregateNode
             * @instance
             */
            WindowAggregateNode.prototype.emit = null;

            /**
             * WindowAggregateNode latenessMs.
             * @member {number} latenessMs
             * @memberof laminardb.plan.WindowAggregateNode
             * @instance
             */
            WindowAggregateNode.prototype.latenessMs = 0;

            /**
             * WindowAggregateNode keyed.
             * @member {laminardb.plan.KeyedWatermark.$Properties|null|undefined} keyed
             * @memberof laminardb.plan.WindowAggregateNode
             * @instance
             */
            WindowAggregateNode.prototype.keyed = null;

            /**
             * Creates a new WindowAggregateNode instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.WindowAggregateNode
             * @static
             * @param {laminardb.plan.WindowAggregateNode.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.WindowAggregateNode} WindowAggregateNode instance
             * @type {{
             *   (properties: laminardb.plan.WindowAggregateNode.$Shape): laminardb.plan.WindowAggregateNode & laminardb.plan.WindowAggregateNode.$Shape;
             *   (properties?: laminardb.plan.WindowAggregateNode.$Properties): laminardb.plan.WindowAggregateNode;
             * }}
             */
            WindowAggregateNode.create = function(properties) {
                return new WindowAggregateNode(properties);
            };

            /**
             * Encodes the specified WindowAggregateNode message. Does not implicitly {@link laminardb.plan.WindowAggregateNode.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.WindowAggregateNode
             * @static
             * @param {laminardb.plan.WindowAggregateNode.$Properties} message WindowAggregateNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WindowAggregateNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keys != null && message.keys.length)
                    for (let i = 0; i < message.keys.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.keys[i]);
                if (message.window != null && $Object.hasOwnProperty.call(message, "window"))
                    $root.laminardb.plan.Window.encode(message.window, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.aggregates != null && message.aggregates.length)
                    for (let i = 0; i < message.aggregates.length; ++i)
                        $root.laminardb.plan.AggregateCall.encode(message.aggregates[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.timeColumn != null && $Object.hasOwnProperty.call(message, "timeColumn") && message.timeColumn !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.timeColumn);
                if (message.emit != null && $Object.hasOwnProperty.call(message, "emit"))
                    $root.laminardb.plan.Emit.encode(message.emit, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.latenessMs != null && $Object.hasOwnProperty.call(message, "latenessMs") && !$Object.is(message.latenessMs, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.latenessMs);
                if (message.keyed != null && $Object.hasOwnProperty.call(message, "keyed"))
                    $root.laminardb.plan.KeyedWatermark.encode(message.keyed, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WindowAggregateNode message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.WindowAggregateNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.WindowAggregateNode & laminardb.plan.WindowAggregateNode.$Shape} WindowAggregateNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WindowAggregateNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.WindowAggregateNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keys && message.keys.length))
                                message.keys = [];
                            message.keys.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.window = $root.laminardb.plan.Window.decode(reader, reader.size(), $undefined, _depth + 1, message.window);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.aggregates && message.aggregates.length))
                                message.aggregates = [];
                            message.aggregates.push($root.laminardb.plan.AggregateCall.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.timeColumn = value;
                            else
                                delete message.timeColumn;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.emit = $root.laminardb.plan.Emit.decode(reader, reader.size(), $undefined, _depth + 1, message.emit);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.latenessMs = value;
                            else
                                delete message.latenessMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.keyed = $root.laminardb.plan.KeyedWatermark.decode(reader, reader.size(), $undefined, _depth + 1, message.keyed);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a WindowAggregateNode message.
             * @function verify
             * @memberof laminardb.plan.WindowAggregateNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WindowAggregateNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.keys != null && $Object.hasOwnProperty.call(message, "keys")) {
                    if (!$Array.isArray(message.keys))
                        return "keys: array expected";
                    for (let i = 0; i < message.keys.length; ++i)
                        if (!$util.isString(message.keys[i]))
                            return "keys: string[] expected";
                }
                if (message.window != null && $Object.hasOwnProperty.call(message, "window")) {
                    let error = $root.laminardb.plan.Window.verify(message.window, _depth + 1);
                    if (error)
                        return "window." + error;
                }
                if (message.aggregates != null && $Object.hasOwnProperty.call(message, "aggregates")) {
                    if (!$Array.isArray(message.aggregates))
                        return "aggregates: array expected";
                    for (let i = 0; i < message.aggregates.length; ++i) {
                        let error = $root.laminardb.plan.AggregateCall.verify(message.aggregates[i], _depth + 1);
                        if (error)
                            return "aggregates." + error;
                    }
                }
                if (message.timeColumn != null && $Object.hasOwnProperty.call(message, "timeColumn"))
                    if (!$util.isString(message.timeColumn))
                        return "timeColumn: string expected";
                if (message.emit != null && $Object.hasOwnProperty.call(message, "emit")) {
                    let error = $root.laminardb.plan.Emit.verify(message.emit, _depth + 1);
                    if (error)
                        return "emit." + error;
                }
                if (message.latenessMs != null && $Object.hasOwnProperty.call(message, "latenessMs"))
                    if (typeof message.latenessMs !== "number")
                        return "latenessMs: number expected";
                if (message.keyed != null && $Object.hasOwnProperty.call(message, "keyed")) {
                    let error = $root.laminardb.plan.KeyedWatermark.verify(message.keyed, _depth + 1);
                    if (error)
                        return "keyed." + error;
                }
                return null;
            };

            /**
             * Creates a WindowAggregateNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.WindowAggregateNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.WindowAggregateNode} WindowAggregateNode
             */
            WindowAggregateNode.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.WindowAggregateNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.WindowAggregateNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.WindowAggregateNode();
                if (object.keys) {
                    if (!$Array.isArray(object.keys))
                        throw $TypeError(".laminardb.plan.WindowAggregateNode.keys: array expected");
                    message.keys = $Array(object.keys.length);
                    for (let i = 0; i < object.keys.length; ++i)
                        message.keys[i] = $String(object.keys[i]);
                }
                if (object.window != null) {
                    if (!$util.isObject(object.window))
                        throw $TypeError(".laminardb.plan.WindowAggregateNode.window: object expected");
                    message.window = $root.laminardb.plan.Window.fromObject(object.window, _depth + 1);
                }
                if (object.aggregates) {
                    if (!$Array.isArray(object.aggregates))
                        throw $TypeError(".laminardb.plan.WindowAggregateNode.aggregates: array expected");
                    message.aggregates = $Array(object.aggregates.length);
                    for (let i = 0; i < object.aggregates.length; ++i) {
                        if (!$util.isObject(object.aggregates[i]))
                            throw $TypeError(".laminardb.plan.WindowAggregateNode.aggregates: object expected");
                        message.aggregates[i] = $root.laminardb.plan.AggregateCall.fromObject(object.aggregates[i], _depth + 1);
                    }
                }
                if (object.timeColumn != null)
                    if (typeof object.timeColumn !== "string" || object.timeColumn.length)
                        message.timeColumn = $String(object.timeColumn);
                if (object.emit != null) {
                    if (!$util.isObject(object.emit))
                        throw $TypeError(".laminardb.plan.WindowAggregateNode.emit: object expected");
                    message.emit = $root.laminardb.plan.Emit.fromObject(object.emit, _depth + 1);
                }
                if (object.latenessMs != null)
                    if (!$Object.is($Number(object.latenessMs), 0))
                        message.latenessMs = $Number(object.latenessMs);
                if (object.keyed != null) {
                    if (!$util.isObject(object.keyed))
                        throw $TypeError(".laminardb.plan.WindowAggregateNode.keyed: object expected");
                    message.keyed = $root.laminardb.plan.KeyedWatermark.fromObject(object.keyed, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a WindowAggregateNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.WindowAggregateNode
             * @static
             * @param {laminardb.plan.WindowAggregateNode} message WindowAggregateNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WindowAggregateNode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.keys = [];
                    object.aggregates = [];
                }
                if (options.defaults) {
                    object.window = null;
                    object.timeColumn = "";
                    object.emit = null;
                    object.latenessMs = 0;
                    object.keyed = null;
                }
                if (message.keys && message.keys.length) {
                    object.keys = $Array(message.keys.length);
                    for (let j = 0; j < message.keys.length; ++j)
                        object.keys[j] = message.keys[j];
                }
                if (message.window != null && $Object.hasOwnProperty.call(message, "window"))
                    object.window = $root.laminardb.plan.Window.toObject(message.window, options, _depth + 1);
                if (message.aggregates && message.aggregates.length) {
                    object.aggregates = $Array(message.aggregates.length);
                    for (let j = 0; j < message.aggregates.length; ++j)
                        object.aggregates[j] = $root.laminardb.plan.AggregateCall.toObject(message.aggregates[j], options, _depth + 1);
                }
                if (message.timeColumn != null && $Object.hasOwnProperty.call(message, "timeColumn"))
                    object.timeColumn = message.timeColumn;
                if (message.emit != null && $Object.hasOwnProperty.call(message, "emit"))
                    object.emit = $root.laminardb.plan.Emit.toObject(message.emit, options, _depth + 1);
                if (message.latenessMs != null && $Object.hasOwnProperty.call(message, "latenessMs"))
                    object.latenessMs = options.json && !$isFinite(message.latenessMs) ? $String(message.latenessMs) : message.latenessMs;
                if (message.keyed != null && $Object.hasOwnProperty.call(message, "keyed"))
                    object.keyed = $root.laminardb.plan.KeyedWatermark.toObject(message.keyed, options, _depth + 1);
                return object;
            };

            /**
             * Converts this WindowAggregateNode to JSON.
             * @function toJSON
             * @memberof laminardb.plan.WindowAggregateNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WindowAggregateNode.prototype.toJSON = function() {
                return WindowAggregateNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WindowAggregateNode
             * @function getTypeUrl
             * @memberof laminardb.plan.WindowAggregateNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WindowAggregateNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.WindowAggregateNode";
            };

            return WindowAggregateNode;
        })();

        plan.KeyedWatermark = (function() {

            /**
             * Properties of a KeyedWatermark.
             * @typedef {Object} laminardb.plan.KeyedWatermark.$Properties
             * @property {number|null} [delayMs] KeyedWatermark delayMs
             * @property {number|null} [idleMs] KeyedWatermark idleMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeyedWatermark.
             * @memberof laminardb.plan
             * @interface IKeyedWatermark
             * @augments laminardb.plan.KeyedWatermark.$Properties
             * @deprecated Use laminardb.plan.KeyedWatermark.$Properties instead.
             */

            /**
             * Shape of a KeyedWatermark.
             * @typedef {laminardb.plan.KeyedWatermark.$Properties} laminardb.plan.KeyedWatermark.$Shape
             */

            /**
             * Constructs a new KeyedWatermark.
             * @memberof laminardb.plan
             * @classdesc Represents a KeyedWatermark.
             * @constructor
             * @param {laminardb.plan.KeyedWatermark.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KeyedWatermark = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KeyedWatermark delayMs.
             * @member {number} delayMs
             * @memberof laminardb.plan.KeyedWatermark
             * @instance
             */
            KeyedWatermark.prototype.delayMs = 0;

            /**
             * KeyedWatermark idleMs.
             * @member {number} idleMs
             * @memberof laminardb.plan.KeyedWatermark
             * @instance
             */
            KeyedWatermark.prototype.idleMs = 0;

            /**
             * Creates a new KeyedWatermark instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.KeyedWatermark
             * @static
             * @param {laminardb.plan.KeyedWatermark.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.KeyedWatermark} KeyedWatermark instance
             * @type {{
             *   (properties: laminardb.plan.KeyedWatermark.$Shape): laminardb.plan.KeyedWatermark & laminardb.plan.KeyedWatermark.$Shape;
             *   (properties?: laminardb.plan.KeyedWatermark.$Properties): laminardb.plan.KeyedWatermark;
             * }}
             */
            KeyedWatermark.create = function(properties) {
                return new KeyedWatermark(properties);
            };

            /**
             * Encodes the specified KeyedWatermark message. Does not implicitly {@link laminardb.plan.KeyedWatermark.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.KeyedWatermark
             * @static
             * @param {laminardb.plan.KeyedWatermark.$Properties} message KeyedWatermark message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyedWatermark.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs") && !$Object.is(message.delayMs, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.delayMs);
                if (message.idleMs != null && $Object.hasOwnProperty.call(message, "idleMs") && !$Object.is(message.idleMs, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.idleMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KeyedWatermark message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.KeyedWatermark
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.KeyedWatermark & laminardb.plan.KeyedWatermark.$Shape} KeyedWatermark
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyedWatermark.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.KeyedWatermark();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.delayMs = value;
                            else
                                delete message.delayMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.idleMs = value;
                            else
                                delete message.idleMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a KeyedWatermark message.
             * @function verify
             * @memberof laminardb.plan.KeyedWatermark
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            KeyedWatermark.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs"))
                    if (typeof message.delayMs !== "number")
                        return "delayMs: number expected";
                if (message.idleMs != null && $Object.hasOwnProperty.call(message, "idleMs"))
                    if (typeof message.idleMs !== "number")
                        return "idleMs: number expected";
                return null;
            };

            /**
             * Creates a KeyedWatermark message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.KeyedWatermark
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.KeyedWatermark} KeyedWatermark
             */
            KeyedWatermark.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.KeyedWatermark)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.KeyedWatermark: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.KeyedWatermark();
                if (object.delayMs != null)
                    if (!$Object.is($Number(object.delayMs), 0))
                        message.delayMs = $Number(object.delayMs);
                if (object.idleMs != null)
                    if (!$Object.is($Number(object.idleMs), 0))
                        message.idleMs = $Number(object.idleMs);
                return message;
            };

            /**
             * Creates a plain object from a KeyedWatermark message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.KeyedWatermark
             * @static
             * @param {laminardb.plan.KeyedWatermark} message KeyedWatermark
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KeyedWatermark.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.delayMs = 0;
                    object.idleMs = 0;
                }
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs"))
                    object.delayMs = options.json && !$isFinite(message.delayMs) ? $String(message.delayMs) : message.delayMs;
                if (message.idleMs != null && $Object.hasOwnProperty.call(message, "idleMs"))
                    object.idleMs = options.json && !$isFinite(message.idleMs) ? $String(message.idleMs) : message.idleMs;
                return object;
            };

            /**
             * Converts this KeyedWatermark to JSON.
             * @function toJSON
             * @memberof laminardb.plan.KeyedWatermark
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KeyedWatermark.prototype.toJSON = function() {
                return KeyedWatermark.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KeyedWatermark
             * @function getTypeUrl
             * @memberof laminardb.plan.KeyedWatermark
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KeyedWatermark.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.KeyedWatermark";
            };

            return KeyedWatermark;
        })();

        plan.GroupAggregateNode = (function() {

            /**
             * Properties of a GroupAggregateNode.
             * @typedef {Object} laminardb.plan.GroupAggregateNode.$Properties
             * @property {Array.<string>|null} [keys] GroupAggregateNode keys
             * @property {Array.<laminardb.plan.AggregateCall.$Properties>|null} [aggregates] GroupAggregateNode aggregates
             * @property {laminardb.plan.Emit.$Properties|null} [emit] GroupAggregateNode emit
             * @property {number|null} [ttlMs] GroupAggregateNode ttlMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GroupAggregateNode.
             * @memberof laminardb.plan
             * @interface IGroupAggregateNode
             * @augments laminardb.plan.GroupAggregateNode.$Properties
             * @deprecated Use laminardb.plan.GroupAggregateNode.$Properties instead.
             */

            /**
             * Shape of a GroupAggregateNode.
             * @typedef {{
             *   keys?: Array.<string>|null;
             *   aggregates?: Array.<laminardb.plan.AggregateCall.$Shape>|null;
             *   emit?: laminardb.plan.Emit.$Shape|null;
             *   ttlMs?: number|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} laminardb.plan.GroupAggregateNode.$Shape
             */

            /**
             * Constructs a new GroupAggregateNode.
             * @memberof laminardb.plan
             * @classdesc Represents a GroupAggregateNode.
             * @constructor
             * @param {laminardb.plan.GroupAggregateNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GroupAggregateNode = function (properties) {
                this.keys = [];
                this.aggregates = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GroupAggregateNode keys.
             * @member {Array.<string>} keys
             * @memberof laminardb.plan.GroupAggregateNode
             * @instance
             */
            GroupAggregateNode.prototype.keys = $util.emptyArray;

            /**
             * GroupAggregateNode aggregates.
             * @member {Array.<laminardb.plan.AggregateCall.$Properties>} aggregates
             * @memberof laminardb.plan.GroupAggregateNode
             * @instance
             */
            GroupAggregateNode.prototype.aggregates = $util.emptyArray;

            /**
             * GroupAggregateNode emit.
             * @member {laminardb.plan.Emit.$Properties|null|undefined} emit
             * @memberof laminardb.plan.GroupAggregateNode
             * @instance
             */
            GroupAggregateNode.prototype.emit = null;

            /**
             * GroupAggregateNode ttlMs.
             * @member {number} ttlMs
             * @memberof laminardb.plan.GroupAggregateNode
             * @instance
             */
            GroupAggregateNode.prototype.ttlMs = 0;

            /**
             * Creates a new GroupAggregateNode instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.GroupAggregateNode
             * @static
             * @param {laminardb.plan.GroupAggregateNode.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.GroupAggregateNode} GroupAggregateNode instance
             * @type {{
             *   (properties: laminardb.plan.GroupAggregateNode.$Shape): laminardb.plan.GroupAggregateNode & laminardb.plan.GroupAggregateNode.$Shape;
             *   (properties?: laminardb.plan.GroupAggregateNode.$Properties): laminardb.plan.GroupAggregateNode;
             * }}
             */
            GroupAggregateNode.create = function(properties) {
                return new GroupAggregateNode(properties);
            };

            /**
             * Encodes the specified GroupAggregateNode message. Does not implicitly {@link laminardb.plan.GroupAggregateNode.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.GroupAggregateNode
             * @static
             * @param {laminardb.plan.GroupAggregateNode.$Properties} message GroupAggregateNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GroupAggregateNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keys != null && message.keys.length)
                    for (let i = 0; i < message.keys.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.keys[i]);
                if (message.aggregates != null && message.aggregates.length)
                    for (let i = 0; i < message.aggregates.length; ++i)
                        $root.laminardb.plan.AggregateCall.encode(message.aggregates[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.emit != null && $Object.hasOwnProperty.call(message, "emit"))
                    $root.laminardb.plan.Emit.encode(message.emit, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs") && !$Object.is(message.ttlMs, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.ttlMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GroupAggregateNode message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.GroupAggregateNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.GroupAggregateNode & laminardb.plan.GroupAggregateNode.$Shape} GroupAggregateNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GroupAggregateNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.GroupAggregateNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keys && message.keys.length))
                                message.keys = [];
                            message.keys.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.aggregates && message.aggregates.length))
                                message.aggregates = [];
                            message.aggregates.push($root.laminardb.plan.AggregateCall.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.emit = $root.laminardb.plan.Emit.decode(reader, reader.size(), $undefined, _depth + 1, message.emit);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.ttlMs = value;
                            else
                                delete message.ttlMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a GroupAggregateNode message.
             * @function verify
             * @memberof laminardb.plan.GroupAggregateNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GroupAggregateNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.keys != null && $Object.hasOwnProperty.call(message, "keys")) {
                    if (!$Array.isArray(message.keys))
                        return "keys: array expected";
                    for (let i = 0; i < message.keys.length; ++i)
                        if (!$util.isString(message.keys[i]))
                            return "keys: string[] expected";
                }
                if (message.aggregates != null && $Object.hasOwnProperty.call(message, "aggregates")) {
                    if (!$Array.isArray(message.aggregates))
                        return "aggregates: array expected";
                    for (let i = 0; i < message.aggregates.length; ++i) {
                        let error = $root.laminardb.plan.AggregateCall.verify(message.aggregates[i], _depth + 1);
                        if (error)
                            return "aggregates." + error;
                    }
                }
                if (message.emit != null && $Object.hasOwnProperty.call(message, "emit")) {
                    let error = $root.laminardb.plan.Emit.verify(message.emit, _depth + 1);
                    if (error)
                        return "emit." + error;
                }
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs"))
                    if (typeof message.ttlMs !== "number")
                        return "ttlMs: number expected";
                return null;
            };

            /**
             * Creates a GroupAggregateNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.GroupAggregateNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.GroupAggregateNode} GroupAggregateNode
             */
            GroupAggregateNode.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.GroupAggregateNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.GroupAggregateNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.GroupAggregateNode();
                if (object.keys) {
                    if (!$Array.isArray(object.keys))
                        throw $TypeError(".laminardb.plan.GroupAggregateNode.keys: array expected");
                    message.keys = $Array(object.keys.length);
                    for (let i = 0; i < object.keys.length; ++i)
                        message.keys[i] = $String(object.keys[i]);
                }
                if (object.aggregates) {
                    if (!$Array.isArray(object.aggregates))
                        throw $TypeError(".laminardb.plan.GroupAggregateNode.aggregates: array expected");
                    message.aggregates = $Array(object.aggregates.length);
                    for (let i = 0; i < object.aggregates.length; ++i) {
                        if (!$util.isObject(object.aggregates[i]))
                            throw $TypeError(".laminardb.plan.GroupAggregateNode.aggregates: object expected");
                        message.aggregates[i] = $root.laminardb.plan.AggregateCall.fromObject(object.aggregates[i], _depth + 1);
                    }
                }
                if (object.emit != null) {
                    if (!$util.isObject(object.emit))
                        throw $TypeError(".laminardb.plan.GroupAggregateNode.emit: object expected");
                    message.emit = $root.laminardb.plan.Emit.fromObject(object.emit, _depth + 1);
                }
                if (object.ttlMs != null)
                    if (!$Object.is($Number(object.ttlMs), 0))
                        message.ttlMs = $Number(object.ttlMs);
                return message;
            };

            /**
             * Creates a plain object from a GroupAggregateNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.GroupAggregateNode
             * @static
             * @param {laminardb.plan.GroupAggregateNode} message GroupAggregateNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GroupAggregateNode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.keys = [];
                    object.aggregates = [];
                }
                if (options.defaults) {
                    object.emit = null;
                    object.ttlMs = 0;
                }
                if (message.keys && message.keys.length) {
                    object.keys = $Array(message.keys.length);
                    for (let j = 0; j < message.keys.length; ++j)
                        object.keys[j] = message.keys[j];
                }
                if (message.aggregates && message.aggregates.length) {
                    object.aggregates = $Array(message.aggregates.length);
                    for (let j = 0; j < message.aggregates.length; ++j)
                        object.aggregates[j] = $root.laminardb.plan.AggregateCall.toObject(message.aggregates[j], options, _depth + 1);
                }
                if (message.emit != null && $Object.hasOwnProperty.call(message, "emit"))
                    object.emit = $root.laminardb.plan.Emit.toObject(message.emit, options, _depth + 1);
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs"))
                    object.ttlMs = options.json && !$isFinite(message.ttlMs) ? $String(message.ttlMs) : message.ttlMs;
                return object;
            };

            /**
             * Converts this GroupAggregateNode to JSON.
             * @function toJSON
             * @memberof laminardb.plan.GroupAggregateNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GroupAggregateNode.prototype.toJSON = function() {
                return GroupAggregateNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GroupAggregateNode
             * @function getTypeUrl
             * @memberof laminardb.plan.GroupAggregateNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GroupAggregateNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.GroupAggregateNode";
            };

            return GroupAggregateNode;
        })();

        plan.CalcStep = (function() {

            /**
             * Properties of a CalcStep.
             * @typedef {Object} laminardb.plan.CalcStep.$Properties
             * @property {laminardb.plan.FilterNode.$Properties|null} [filter] CalcStep filter
             * @property {laminardb.plan.ProjectNode.$Properties|null} [project] CalcStep project
             * @property {"filter"|"project"} [step] CalcStep step
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CalcStep.
             * @memberof laminardb.plan
             * @interface ICalcStep
             * @augments laminardb.plan.CalcStep.$Properties
             * @deprecated Use laminardb.plan.CalcStep.$Properties instead.
             */

            /**
             * Narrowed shape of a CalcStep.
             * @typedef {{
             *   filter?: laminardb.plan.FilterNode.$Shape|null;
             *   project?: laminardb.plan.ProjectNode.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ step?: undefined; filter?: null; project?: null }|{ step?: "filter"; filter: laminardb.plan.FilterNode.$Shape; project?: null }|{ step?: "project"; filter?: null; project: laminardb.plan.ProjectNode.$Shape })
             * )} laminardb.plan.CalcStep.$Shape
             */

            /**
             * Constructs a new CalcStep.
             * @memberof laminardb.plan
             * @classdesc Represents a CalcStep.
             * @constructor
             * @param {laminardb.plan.CalcStep.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CalcStep = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CalcStep filter.
             * @member {laminardb.plan.FilterNode.$Properties|null|undefined} filter
             * @memberof laminardb.plan.CalcStep
             * @instance
             */
            CalcStep.prototype.filter = null;

            /**
             * CalcStep project.
             * @member {laminardb.plan.ProjectNode.$Properties|null|undefined} project
             * @memberof laminardb.plan.CalcStep
             * @instance
             */
            CalcStep.prototype.project = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * CalcStep step.
             * @member {"filter"|"project"|undefined} step
             * @memberof laminardb.plan.CalcStep
             * @instance
             */
            $Object.defineProperty(CalcStep.prototype, "step", {
                get: $util.oneOfGetter($oneOfFields = ["filter", "project"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new CalcStep instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.CalcStep
             * @static
             * @param {laminardb.plan.CalcStep.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.CalcStep} CalcStep instance
             * @type {{
             *   (properties: laminardb.plan.CalcStep.$Shape): laminardb.plan.CalcStep & laminardb.plan.CalcStep.$Shape;
             *   (properties?: laminardb.plan.CalcStep.$Properties): laminardb.plan.CalcStep;
             * }}
             */
            CalcStep.create = function(properties) {
                return new CalcStep(properties);
            };

            /**
             * Encodes the specified CalcStep message. Does not implicitly {@link laminardb.plan.CalcStep.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.CalcStep
             * @static
             * @param {laminardb.plan.CalcStep.$Properties} message CalcStep message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CalcStep.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    $root.laminardb.plan.FilterNode.encode(message.filter, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.project != null && $Object.hasOwnProperty.call(message, "project"))
                    $root.laminardb.plan.ProjectNode.encode(message.project, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CalcStep message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.CalcStep
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.CalcStep & laminardb.plan.CalcStep.$Shape} CalcStep
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CalcStep.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.CalcStep();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.filter = $root.laminardb.plan.FilterNode.decode(reader, reader.size(), $undefined, _depth + 1, message.filter);
                            message.step = "filter";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.project = $root.laminardb.plan.ProjectNode.decode(reader, reader.size(), $undefined, _depth + 1, message.project);
                            message.step = "project";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CalcStep message.
             * @function verify
             * @memberof laminardb.plan.CalcStep
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CalcStep.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter")) {
                    properties.step = 1;
                    {
                        let error = $root.laminardb.plan.FilterNode.verify(message.filter, _depth + 1);
                        if (error)
                            return "filter." + error;
                    }
                }
                if (message.project != null && $Object.hasOwnProperty.call(message, "project")) {
                    if (properties.step === 1)
                        return "step: multiple values";
                    properties.step = 1;
                    {
                        let error = $root.laminardb.plan.ProjectNode.verify(message.project, _depth + 1);
                        if (error)
                            return "project." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a CalcStep message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.CalcStep
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.CalcStep} CalcStep
             */
            CalcStep.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.CalcStep)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.CalcStep: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.CalcStep();
                if (object.filter != null) {
                    if (!$util.isObject(object.filter))
                        throw $TypeError(".laminardb.plan.CalcStep.filter: object expected");
                    message.filter = $root.laminardb.plan.FilterNode.fromObject(object.filter, _depth + 1);
                }
                if (object.project != null) {
                    if (!$util.isObject(object.project))
                        throw $TypeError(".laminardb.plan.CalcStep.project: object expected");
                    message.project = $root.laminardb.plan.ProjectNode.fromObject(object.project, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a CalcStep message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.CalcStep
             * @static
             * @param {laminardb.plan.CalcStep} message CalcStep
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CalcStep.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter")) {
                    object.filter = $root.laminardb.plan.FilterNode.toObject(message.filter, options, _depth + 1);
                    if (options.oneofs)
                        object.step = "filter";
                }
                if (message.project != null && $Object.hasOwnProperty.call(message, "project")) {
                    object.project = $root.laminardb.plan.ProjectNode.toObject(message.project, options, _depth + 1);
                    if (options.oneofs)
                        object.step = "project";
                }
                return object;
            };

            /**
             * Converts this CalcStep to JSON.
             * @function toJSON
             * @memberof laminardb.plan.CalcStep
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CalcStep.prototype.toJSON = function() {
                return CalcStep.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CalcStep
             * @function getTypeUrl
             * @memberof laminardb.plan.CalcStep
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CalcStep.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.CalcStep";
            };

            return CalcStep;
        })();

        plan.CalcNode = (function() {

            /**
             * Properties of a CalcNode.
             * @typedef {Object} laminardb.plan.CalcNode.$Properties
             * @property {Array.<laminardb.plan.CalcStep.$Properties>|null} [steps] CalcNode steps
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CalcNode.
             * @memberof laminardb.plan
             * @interface ICalcNode
             * @augments laminardb.plan.CalcNode.$Properties
             * @deprecated Use laminardb.plan.CalcNode.$Properties instead.
             */

            /**
             * Shape of a CalcNode.
             * @typedef {{
             *   steps?: Array.<laminardb.plan.CalcStep.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} laminardb.plan.CalcNode.$Shape
             */

            /**
             * Constructs a new CalcNode.
             * @memberof laminardb.plan
             * @classdesc Represents a CalcNode.
             * @constructor
             * @param {laminardb.plan.CalcNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CalcNode = function (properties) {
                this.steps = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CalcNode steps.
             * @member {Array.<laminardb.plan.CalcStep.$Properties>} steps
             * @memberof laminardb.plan.CalcNode
             * @instance
             */
            CalcNode.prototype.steps = $util.emptyArray;

            /**
             * Creates a new CalcNode instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.CalcNode
             * @static
             * @param {laminardb.plan.CalcNode.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.CalcNode} CalcNode instance
             * @type {{
             *   (properties: laminardb.plan.CalcNode.$Shape): laminardb.plan.CalcNode & laminardb.plan.CalcNode.$Shape;
             *   (properties?: laminardb.plan.CalcNode.$Properties): laminardb.plan.CalcNode;
             * }}
             */
            CalcNode.create = function(properties) {
                return new CalcNode(properties);
            };

            /**
             * Encodes the specified CalcNode message. Does not implicitly {@link laminardb.plan.CalcNode.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.CalcNode
             * @static
             * @param {laminardb.plan.CalcNode.$Properties} message CalcNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CalcNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.steps != null && message.steps.length)
                    for (let i = 0; i < message.steps.length; ++i)
                        $root.laminardb.plan.CalcStep.encode(message.steps[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CalcNode message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.CalcNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.CalcNode & laminardb.plan.CalcNode.$Shape} CalcNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CalcNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.CalcNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.steps && message.steps.length))
                                message.steps = [];
                            message.steps.push($root.laminardb.plan.CalcStep.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CalcNode message.
             * @function verify
             * @memberof laminardb.plan.CalcNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CalcNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.steps != null && $Object.hasOwnProperty.call(message, "steps")) {
                    if (!$Array.isArray(message.steps))
                        return "steps: array expected";
                    for (let i = 0; i < message.steps.length; ++i) {
                        let error = $root.laminardb.plan.CalcStep.verify(message.steps[i], _depth + 1);
                        if (error)
                            return "steps." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a CalcNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.CalcNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.CalcNode} CalcNode
             */
            CalcNode.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.CalcNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.CalcNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.CalcNode();
                if (object.steps) {
                    if (!$Array.isArray(object.steps))
                        throw $TypeError(".laminardb.plan.CalcNode.steps: array expected");
                    message.steps = $Array(object.steps.length);
                    for (let i = 0; i < object.steps.length; ++i) {
                        if (!$util.isObject(object.steps[i]))
                            throw $TypeError(".laminardb.plan.CalcNode.steps: object expected");
                        message.steps[i] = $root.laminardb.plan.CalcStep.fromObject(object.steps[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a CalcNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.CalcNode
             * @static
             * @param {laminardb.plan.CalcNode} message CalcNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CalcNode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.steps = [];
                if (message.steps && message.steps.length) {
                    object.steps = $Array(message.steps.length);
                    for (let j = 0; j < message.steps.length; ++j)
                        object.steps[j] = $root.laminardb.plan.CalcStep.toObject(message.steps[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this CalcNode to JSON.
             * @function toJSON
             * @memberof laminardb.plan.CalcNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CalcNode.prototype.toJSON = function() {
                return CalcNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CalcNode
             * @function getTypeUrl
             * @memberof laminardb.plan.CalcNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CalcNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.CalcNode";
            };

            return CalcNode;
        })();

        plan.SinkNode = (function() {

            /**
             * Properties of a SinkNode.
             * @typedef {Object} laminardb.plan.SinkNode.$Properties
             * @property {string|null} [connector] SinkNode connector
             * @property {Object.<string,string>|null} [options] SinkNode options
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SinkNode.
             * @memberof laminardb.plan
             * @interface ISinkNode
             * @augments laminardb.plan.SinkNode.$Properties
             * @deprecated Use laminardb.plan.SinkNode.$Properties instead.
             */

            /**
             * Shape of a SinkNode.
             * @typedef {laminardb.plan.SinkNode.$Properties} laminardb.plan.SinkNode.$Shape
             */

            /**
             * Constructs a new SinkNode.
             * @memberof laminardb.plan
             * @classdesc Represents a SinkNode.
             * @constructor
             * @param {laminardb.plan.SinkNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SinkNode = function (properties) {
                this.options = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SinkNode connector.
             * @member {string} connector
             * @memberof laminardb.plan.SinkNode
             * @instance
             */
            SinkNode.prototype.connector = "";

            /**
             * SinkNode options.
             * @member {Object.<string,string>} options
             * @memberof laminardb.plan.SinkNode
             * @instance
             */
            SinkNode.prototype.options = $util.emptyObject;

            /**
             * Creates a new SinkNode instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.SinkNode
             * @static
             * @param {laminardb.plan.SinkNode.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.SinkNode} SinkNode instance
             * @type {{
             *   (properties: laminardb.plan.SinkNode.$Shape): laminardb.plan.SinkNode & laminardb.plan.SinkNode.$Shape;
             *   (properties?: laminardb.plan.SinkNode.$Properties): laminardb.plan.SinkNode;
             * }}
             */
            SinkNode.create = function(properties) {
                return new SinkNode(properties);
            };

            /**
             * Encodes the specified SinkNode message. Does not implicitly {@link laminardb.plan.SinkNode.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.SinkNode
             * @static
             * @param {laminardb.plan.SinkNode.$Properties} message SinkNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SinkNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.connector != null && $Object.hasOwnProperty.call(message, "connector") && message.connector !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.connector);
                if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                    for (let keys = $Object.keys(message.options), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.options[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SinkNode message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.SinkNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.SinkNode & laminardb.plan.SinkNode.$Shape} SinkNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SinkNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.SinkNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.connector = value;
                            else
                                delete message.connector;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.options === $util.emptyObject)
                                message.options = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.options, key);
                            message.options[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SinkNode message.
             * @function verify
             * @memberof laminardb.plan.SinkNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SinkNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.connector != null && $Object.hasOwnProperty.call(message, "connector"))
                    if (!$util.isString(message.connector))
                        return "connector: string expected";
                if (message.options != null && $Object.hasOwnProperty.call(message, "options")) {
                    if (!$util.isObject(message.options))
                        return "options: object expected";
                    let key = $Object.keys(message.options);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.options[key[i]]))
                            return "options: string{k:string} expected";
                }
                return null;
            };

            /**
             * Creates a SinkNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.SinkNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.SinkNode} SinkNode
             */
            SinkNode.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.SinkNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.SinkNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.SinkNode();
                if (object.connector != null)
                    if (typeof object.connector !== "string" || object.connector.length)
                        message.connector = $String(object.connector);
                if (object.options) {
                    if (!$util.isObject(object.options))
                        throw $TypeError(".laminardb.plan.SinkNode.options: object expected");
                    message.options = {};
                    for (let keys = $Object.keys(object.options), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.options, keys[i]);
                        message.options[keys[i]] = $String(object.options[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a SinkNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.SinkNode
             * @static
             * @param {laminardb.plan.SinkNode} message SinkNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SinkNode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.options = {};
                if (options.defaults)
                    object.connector = "";
                if (message.connector != null && $Object.hasOwnProperty.call(message, "connector"))
                    object.connector = message.connector;
                let keys2;
                if (message.options && (keys2 = $Object.keys(message.options)).length) {
                    object.options = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.options, keys2[j]);
                        object.options[keys2[j]] = message.options[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this SinkNode to JSON.
             * @function toJSON
             * @memberof laminardb.plan.SinkNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SinkNode.prototype.toJSON = function() {
                return SinkNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SinkNode
             * @function getTypeUrl
             * @memberof laminardb.plan.SinkNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SinkNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.SinkNode";
            };

            return SinkNode;
        })();

        plan.Expr = (function() {

            /**
             * Properties of an Expr.
             * @typedef {Object} laminardb.plan.Expr.$Properties
             * @property {laminardb.plan.ColumnRef.$Properties|null} [column] Expr column
             * @property {laminardb.plan.Literal.$Properties|null} [literal] Expr literal
             * @property {laminardb.plan.Call.$Properties|null} [call] Expr call
             * @property {"column"|"literal"|"call"} [kind] Expr kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Expr.
             * @memberof laminardb.plan
             * @interface IExpr
             * @augments laminardb.plan.Expr.$Properties
             * @deprecated Use laminardb.plan.Expr.$Properties instead.
             */

            /**
             * Narrowed shape of an Expr.
             * @typedef {{
             *   column?: laminardb.plan.ColumnRef.$Shape|null;
             *   literal?: laminardb.plan.Literal.$Shape|null;
             *   call?: laminardb.plan.Call.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; column?: null; literal?: null; call?: null }|{ kind?: "column"; column: laminardb.plan.ColumnRef.$Shape; literal?: null; call?: null }|{ kind?: "literal"; column?: null; literal: laminardb.plan.Literal.$Shape; call?: null }|{ kind?: "call"; column?: null; literal?: null; call: laminardb.plan.Call.$Shape })
             * )} laminardb.plan.Expr.$Shape
             */

            /**
             * Constructs a new Expr.
             * @memberof laminardb.plan
             * @classdesc Represents an Expr.
             * @constructor
             * @param {laminardb.plan.Expr.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Expr = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Expr column.
             * @member {laminardb.plan.ColumnRef.$Properties|null|undefined} column
             * @memberof laminardb.plan.Expr
             * @instance
             */
            Expr.prototype.column = null;

            /**
             * Expr literal.
             * @member {laminardb.plan.Literal.$Properties|null|undefined} literal
             * @memberof laminardb.plan.Expr
             * @instance
             */
            Expr.prototype.literal = null;

            /**
             * Expr call.
             * @member {laminardb.plan.Call.$Properties|null|undefined} call
             * @memberof laminardb.plan.Expr
             * @instance
             */
            Expr.prototype.call = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Expr kind.
             * @member {"column"|"literal"|"call"|undefined} kind
             * @memberof laminardb.plan.Expr
             * @instance
             */
            $Object.defineProperty(Expr.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["column", "literal", "call"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Expr instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.Expr
             * @static
             * @param {laminardb.plan.Expr.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.Expr} Expr instance
             * @type {{
             *   (properties: laminardb.plan.Expr.$Shape): laminardb.plan.Expr & laminardb.plan.Expr.$Shape;
             *   (properties?: laminardb.plan.Expr.$Properties): laminardb.plan.Expr;
             * }}
             */
            Expr.create = function(properties) {
                return new Expr(properties);
            };

            /**
             * Encodes the specified Expr message. Does not implicitly {@link laminardb.plan.Expr.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.Expr
             * @static
             * @param {laminardb.plan.Expr.$Properties} message Expr message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Expr.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.column != null && $Object.hasOwnProperty.call(message, "column"))
                    $root.laminardb.plan.ColumnRef.encode(message.column, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.literal != null && $Object.hasOwnProperty.call(message, "literal"))
                    $root.laminardb.plan.Literal.encode(message.literal, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.call != null && $Object.hasOwnProperty.call(message, "call"))
                    $root.laminardb.plan.Call.encode(message.call, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Expr message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.Expr
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.Expr & laminardb.plan.Expr.$Shape} Expr
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Expr.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.Expr();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.column = $root.laminardb.plan.ColumnRef.decode(reader, reader.size(), $undefined, _depth + 1, message.column);
                            message.kind = "column";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.literal = $root.laminardb.plan.Literal.decode(reader, reader.size(), $undefined, _depth + 1, message.literal);
                            message.kind = "literal";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.call = $root.laminardb.plan.Call.decode(reader, reader.size(), $undefined, _depth + 1, message.call);
                            message.kind = "call";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Expr message.
             * @function verify
             * @memberof laminardb.plan.Expr
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Expr.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.column != null && $Object.hasOwnProperty.call(message, "column")) {
                    properties.kind = 1;
                    {
                        let error = $root.laminardb.plan.ColumnRef.verify(message.column, _depth + 1);
                        if (error)
                            return "column." + error;
                    }
                }
                if (message.literal != null && $Object.hasOwnProperty.call(message, "literal")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.laminardb.plan.Literal.verify(message.literal, _depth + 1);
                        if (error)
                            return "literal." + error;
                    }
                }
                if (message.call != null && $Object.hasOwnProperty.call(message, "call")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.laminardb.plan.Call.verify(message.call, _depth + 1);
                        if (error)
                            return "call." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an Expr message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.Expr
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.Expr} Expr
             */
            Expr.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.Expr)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.Expr: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.Expr();
                if (object.column != null) {
                    if (!$util.isObject(object.column))
                        throw $TypeError(".laminardb.plan.Expr.column: object expected");
                    message.column = $root.laminardb.plan.ColumnRef.fromObject(object.column, _depth + 1);
                }
                if (object.literal != null) {
                    if (!$util.isObject(object.literal))
                        throw $TypeError(".laminardb.plan.Expr.literal: object expected");
                    message.literal = $root.laminardb.plan.Literal.fromObject(object.literal, _depth + 1);
                }
                if (object.call != null) {
                    if (!$util.isObject(object.call))
                        throw $TypeError(".laminardb.plan.Expr.call: object expected");
                    message.call = $root.laminardb.plan.Call.fromObject(object.call, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an Expr message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.Expr
             * @static
             * @param {laminardb.plan.Expr} message Expr
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Expr.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.column != null && $Object.hasOwnProperty.call(message, "column")) {
                    object.column = $root.laminardb.plan.ColumnRef.toObject(message.column, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "column";
                }
                if (message.literal != null && $Object.hasOwnProperty.call(message, "literal")) {
                    object.literal = $root.laminardb.plan.Literal.toObject(message.literal, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "literal";
                }
                if (message.call != null && $Object.hasOwnProperty.call(message, "call")) {
                    object.call = $root.laminardb.plan.Call.toObject(message.call, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "call";
                }
                return object;
            };

            /**
             * Converts this Expr to JSON.
             * @function toJSON
             * @memberof laminardb.plan.Expr
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Expr.prototype.toJSON = function() {
                return Expr.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Expr
             * @function getTypeUrl
             * @memberof laminardb.plan.Expr
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Expr.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.Expr";
            };

            return Expr;
        })();

        plan.ColumnRef = (function() {

            /**
             * Properties of a ColumnRef.
             * @typedef {Object} laminardb.plan.ColumnRef.$Properties
             * @property {string|null} [name] ColumnRef name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ColumnRef.
             * @memberof laminardb.plan
             * @interface IColumnRef
             * @augments laminardb.plan.ColumnRef.$Properties
             * @deprecated Use laminardb.plan.ColumnRef.$Properties instead.
             */

            /**
             * Shape of a ColumnRef.
             * @typedef {laminardb.plan.ColumnRef.$Properties} laminardb.plan.ColumnRef.$Shape
             */

            /**
             * Constructs a new ColumnRef.
             * @memberof laminardb.plan
             * @classdesc Represents a ColumnRef.
             * @constructor
             * @param {laminardb.plan.ColumnRef.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ColumnRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ColumnRef name.
             * @member {string} name
             * @memberof laminardb.plan.ColumnRef
             * @instance
             */
            ColumnRef.prototype.name = "";

            /**
             * Creates a new ColumnRef instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.ColumnRef
             * @static
             * @param {laminardb.plan.ColumnRef.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.ColumnRef} ColumnRef instance
             * @type {{
             *   (properties: laminardb.plan.ColumnRef.$Shape): laminardb.plan.ColumnRef & laminardb.plan.ColumnRef.$Shape;
             *   (properties?: laminardb.plan.ColumnRef.$Properties): laminardb.plan.ColumnRef;
             * }}
             */
            ColumnRef.create = function(properties) {
                return new ColumnRef(properties);
            };

            /**
             * Encodes the specified ColumnRef message. Does not implicitly {@link laminardb.plan.ColumnRef.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.ColumnRef
             * @static
             * @param {laminardb.plan.ColumnRef.$Properties} message ColumnRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ColumnRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ColumnRef message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.ColumnRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.ColumnRef & laminardb.plan.ColumnRef.$Shape} ColumnRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ColumnRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.ColumnRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ColumnRef message.
             * @function verify
             * @memberof laminardb.plan.ColumnRef
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ColumnRef.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                return null;
            };

            /**
             * Creates a ColumnRef message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.ColumnRef
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.ColumnRef} ColumnRef
             */
            ColumnRef.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.ColumnRef)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.ColumnRef: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.ColumnRef();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                return message;
            };

            /**
             * Creates a plain object from a ColumnRef message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.ColumnRef
             * @static
             * @param {laminardb.plan.ColumnRef} message ColumnRef
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ColumnRef.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.name = "";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                return object;
            };

            /**
             * Converts this ColumnRef to JSON.
             * @function toJSON
             * @memberof laminardb.plan.ColumnRef
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ColumnRef.prototype.toJSON = function() {
                return ColumnRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ColumnRef
             * @function getTypeUrl
             * @memberof laminardb.plan.ColumnRef
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ColumnRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.ColumnRef";
            };

            return ColumnRef;
        })();

        plan.Literal = (function() {

            /**
             * Properties of a Literal.
             * @typedef {Object} laminardb.plan.Literal.$Properties
             * @property {boolean|null} [nullValue] Literal nullValue
             * @property {boolean|null} [boolValue] Literal boolValue
             * @property {number|null} [doubleValue] Literal doubleValue
             * @property {string|null} [int64Value] Literal int64Value
             * @property {string|null} [stringValue] Literal stringValue
             * @property {number|null} [int32Value] Literal int32Value
             * @property {laminardb.plan.DataType.$Properties|null} [type] Literal type
             * @property {"nullValue"|"boolValue"|"doubleValue"|"int64Value"|"stringValue"|"int32Value"} [value] Literal value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Literal.
             * @memberof laminardb.plan
             * @interface ILiteral
             * @augments laminardb.plan.Literal.$Properties
             * @deprecated Use laminardb.plan.Literal.$Properties instead.
             */

            /**
             * Narrowed shape of a Literal.
             * @typedef {{
             *   nullValue?: boolean|null;
             *   boolValue?: boolean|null;
             *   doubleValue?: number|null;
             *   int64Value?: string|null;
             *   stringValue?: string|null;
             *   int32Value?: number|null;
             *   type?: laminardb.plan.DataType.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ value?: undefined; nullValue?: null; boolValue?: null; doubleValue?: null; int64Value?: null; stringValue?: null; int32Value?: null }|{ value?: "nullValue"; nullValue: boolean; boolValue?: null; doubleValue?: null; int64Value?: null; stringValue?: null; int32Value?: null }|{ value?: "boolValue"; nullValue?: null; boolValue: boolean; doubleValue?: null; int64Value?: null; stringValue?: null; int32Value?: null }|{ value?: "doubleValue"; nullValue?: null; boolValue?: null; doubleValue: number; int64Value?: null; stringValue?: null; int32Value?: null }|{ value?: "int64Value"; nullValue?: null; boolValue?: null; doubleValue?: null; int64Value: string; stringValue?: null; int32Value?: null }|{ value?: "stringValue"; nullValue?: null; boolValue?: null; doubleValue?: null; int64Value?: null; stringValue: string; int32Value?: null }|{ value?: "int32Value"; nullValue?: null; boolValue?: null; doubleValue?: null; int64Value?: null; stringValue?: null; int32Value: number })
             * )} laminardb.plan.Literal.$Shape
             */

            /**
             * Constructs a new Literal.
             * @memberof laminardb.plan
             * @classdesc Represents a Literal.
             * @constructor
             * @param {laminardb.plan.Literal.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Literal = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Literal nullValue.
             * @member {boolean|null|undefined} nullValue
             * @memberof laminardb.plan.Literal
             * @instance
             */
            Literal.prototype.nullValue = null;

            /**
             * Literal boolValue.
             * @member {boolean|null|undefined} boolValue
             * @memberof laminardb.plan.Literal
             * @instance
             */
            Literal.prototype.boolValue = null;

            /**
             * Literal doubleValue.
             * @member {number|null|undefined} doubleValue
             * @memberof laminardb.plan.Literal
             * @instance
             */
            Literal.prototype.doubleValue = null;

            /**
             * Literal int64Value.
             * @member {string|null|undefined} int64Value
             * @memberof laminardb.plan.Literal
             * @instance
             */
            Literal.prototype.int64Value = null;

            /**
             * Literal stringValue.
             * @member {string|null|undefined} stringValue
             * @memberof laminardb.plan.Literal
             * @instance
             */
            Literal.prototype.stringValue = null;

            /**
             * Literal int32Value.
             * @member {number|null|undefined} int32Value
             * @memberof laminardb.plan.Literal
             * @instance
             */
            Literal.prototype.int32Value = null;

            /**
             * Literal type.
             * @member {laminardb.plan.DataType.$Properties|null|undefined} type
             * @memberof laminardb.plan.Literal
             * @instance
             */
            Literal.prototype.type = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Literal value.
             * @member {"nullValue"|"boolValue"|"doubleValue"|"int64Value"|"stringValue"|"int32Value"|undefined} value
             * @memberof laminardb.plan.Literal
             * @instance
             */
            $Object.defineProperty(Literal.prototype, "value", {
                get: $util.oneOfGetter($oneOfFields = ["nullValue", "boolValue", "doubleValue", "int64Value", "stringValue", "int32Value"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Literal instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.Literal
             * @static
             * @param {laminardb.plan.Literal.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.Literal} Literal instance
             * @type {{
             *   (properties: laminardb.plan.Literal.$Shape): laminardb.plan.Literal & laminardb.plan.Literal.$Shape;
             *   (properties?: laminardb.plan.Literal.$Properties): laminardb.plan.Literal;
             * }}
             */
            Literal.create = function(properties) {
                return new Literal(properties);
            };

            /**
             * Encodes the specified Literal message. Does not implicitly {@link laminardb.plan.Literal.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.Literal
             * @static
             * @param {laminardb.plan.Literal.$Properties} message Literal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Literal.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nullValue != null && $Object.hasOwnProperty.call(message, "nullValue"))
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.nullValue);
                if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.boolValue);
                if (message.doubleValue != null && $Object.hasOwnProperty.call(message, "doubleValue"))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.doubleValue);
                if (message.int64Value != null && $Object.hasOwnProperty.call(message, "int64Value"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.int64Value);
                if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.stringValue);
                if (message.int32Value != null && $Object.hasOwnProperty.call(message, "int32Value"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.int32Value);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    $root.laminardb.plan.DataType.encode(message.type, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Literal message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.Literal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.Literal & laminardb.plan.Literal.$Shape} Literal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Literal.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.Literal();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.nullValue = reader.bool();
                            message.value = "nullValue";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.boolValue = reader.bool();
                            message.value = "boolValue";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            message.doubleValue = reader.double();
                            message.value = "doubleValue";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.int64Value = reader.stringVerify();
                            message.value = "int64Value";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.stringValue = reader.stringVerify();
                            message.value = "stringValue";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.int32Value = reader.int32();
                            message.value = "int32Value";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.type = $root.laminardb.plan.DataType.decode(reader, reader.size(), $undefined, _depth + 1, message.type);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Literal message.
             * @function verify
             * @memberof laminardb.plan.Literal
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Literal.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.nullValue != null && $Object.hasOwnProperty.call(message, "nullValue")) {
                    properties.value = 1;
                    if (typeof message.nullValue !== "boolean")
                        return "nullValue: boolean expected";
                }
                if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue")) {
                    if (properties.value === 1)
                        return "value: multiple values";
                    properties.value = 1;
                    if (typeof message.boolValue !== "boolean")
                        return "boolValue: boolean expected";
                }
                if (message.doubleValue != null && $Object.hasOwnProperty.call(message, "doubleValue")) {
                    if (properties.value === 1)
                        return "value: multiple values";
                    properties.value = 1;
                    if (typeof message.doubleValue !== "number")
                        return "doubleValue: number expected";
                }
                if (message.int64Value != null && $Object.hasOwnProperty.call(message, "int64Value")) {
                    if (properties.value === 1)
                        return "value: multiple values";
                    properties.value = 1;
                    if (!$util.isString(message.int64Value))
                        return "int64Value: string expected";
                }
                if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue")) {
                    if (properties.value === 1)
                        return "value: multiple values";
                    properties.value = 1;
                    if (!$util.isString(message.stringValue))
                        return "stringValue: string expected";
                }
                if (message.int32Value != null && $Object.hasOwnProperty.call(message, "int32Value")) {
                    if (properties.value === 1)
                        return "value: multiple values";
                    properties.value = 1;
                    if (!$util.isInteger(message.int32Value))
                        return "int32Value: integer expected";
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                    let error = $root.laminardb.plan.DataType.verify(message.type, _depth + 1);
                    if (error)
                        return "type." + error;
                }
                return null;
            };

            /**
             * Creates a Literal message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.Literal
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.Literal} Literal
             */
            Literal.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.Literal)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.Literal: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.Literal();
                if (object.nullValue != null)
                    message.nullValue = $Boolean(object.nullValue);
                if (object.boolValue != null)
                    message.boolValue = $Boolean(object.boolValue);
                if (object.doubleValue != null)
                    message.doubleValue = $Number(object.doubleValue);
                if (object.int64Value != null)
                    message.int64Value = $String(object.int64Value);
                if (object.stringValue != null)
                    message.stringValue = $String(object.stringValue);
                if (object.int32Value != null)
                    message.int32Value = object.int32Value | 0;
                if (object.type != null) {
                    if (!$util.isObject(object.type))
                        throw $TypeError(".laminardb.plan.Literal.type: object expected");
                    message.type = $root.laminardb.plan.DataType.fromObject(object.type, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Literal message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.Literal
             * @static
             * @param {laminardb.plan.Literal} message Literal
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Literal.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.type = null;
                if (message.nullValue != null && $Object.hasOwnProperty.call(message, "nullValue")) {
                    object.nullValue = message.nullValue;
                    if (options.oneofs)
                        object.value = "nullValue";
                }
                if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue")) {
                    object.boolValue = message.boolValue;
                    if (options.oneofs)
                        object.value = "boolValue";
                }
                if (message.doubleValue != null && $Object.hasOwnProperty.call(message, "doubleValue")) {
                    object.doubleValue = options.json && !$isFinite(message.doubleValue) ? $String(message.doubleValue) : message.doubleValue;
                    if (options.oneofs)
                        object.value = "doubleValue";
                }
                if (message.int64Value != null && $Object.hasOwnProperty.call(message, "int64Value")) {
                    object.int64Value = message.int64Value;
                    if (options.oneofs)
                        object.value = "int64Value";
                }
                if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue")) {
                    object.stringValue = message.stringValue;
                    if (options.oneofs)
                        object.value = "stringValue";
                }
                if (message.int32Value != null && $Object.hasOwnProperty.call(message, "int32Value")) {
                    object.int32Value = message.int32Value;
                    if (options.oneofs)
                        object.value = "int32Value";
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = $root.laminardb.plan.DataType.toObject(message.type, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Literal to JSON.
             * @function toJSON
             * @memberof laminardb.plan.Literal
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Literal.prototype.toJSON = function() {
                return Literal.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Literal
             * @function getTypeUrl
             * @memberof laminardb.plan.Literal
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Literal.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.Literal";
            };

            return Literal;
        })();

        plan.Call = (function() {

            /**
             * Properties of a Call.
             * @typedef {Object} laminardb.plan.Call.$Properties
             * @property {string|null} ["function"] Call function
             * @property {Array.<laminardb.plan.Expr.$Properties>|null} [args] Call args
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Call.
             * @memberof laminardb.plan
             * @interface ICall
             * @augments laminardb.plan.Call.$Properties
             * @deprecated Use laminardb.plan.Call.$Properties instead.
             */

            /**
             * Shape of a Call.
             * @typedef {{
             *   "function"?: string|null;
             *   args?: Array.<laminardb.plan.Expr.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} laminardb.plan.Call.$Shape
             */

            /**
             * Constructs a new Call.
             * @memberof laminardb.plan
             * @classdesc Represents a Call.
             * @constructor
             * @param {laminardb.plan.Call.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Call = function (properties) {
                this.args = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Call function.
             * @member {string} function
             * @memberof laminardb.plan.Call
             * @instance
             */
            Call.prototype["function"] = "";

            /**
             * Call args.
             * @member {Array.<laminardb.plan.Expr.$Properties>} args
             * @memberof laminardb.plan.Call
             * @instance
             */
            Call.prototype.args = $util.emptyArray;

            /**
             * Creates a new Call instance using the specified properties.
             * @function create
             * @memberof laminardb.plan.Call
             * @static
             * @param {laminardb.plan.Call.$Properties=} [properties] Properties to set
             * @returns {laminardb.plan.Call} Call instance
             * @type {{
             *   (properties: laminardb.plan.Call.$Shape): laminardb.plan.Call & laminardb.plan.Call.$Shape;
             *   (properties?: laminardb.plan.Call.$Properties): laminardb.plan.Call;
             * }}
             */
            Call.create = function(properties) {
                return new Call(properties);
            };

            /**
             * Encodes the specified Call message. Does not implicitly {@link laminardb.plan.Call.verify|verify} messages.
             * @function encode
             * @memberof laminardb.plan.Call
             * @static
             * @param {laminardb.plan.Call.$Properties} message Call message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Call.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message["function"] != null && $Object.hasOwnProperty.call(message, "function") && message["function"] !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message["function"]);
                if (message.args != null && message.args.length)
                    for (let i = 0; i < message.args.length; ++i)
                        $root.laminardb.plan.Expr.encode(message.args[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Call message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.plan.Call
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.plan.Call & laminardb.plan.Call.$Shape} Call
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Call.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.laminardb.plan.Call();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message["function"] = value;
                            else
                                delete message["function"];
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.args && message.args.length))
                                message.args = [];
                            message.args.push($root.laminardb.plan.Expr.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Call message.
             * @function verify
             * @memberof laminardb.plan.Call
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Call.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message["function"] != null && $Object.hasOwnProperty.call(message, "function"))
                    if (!$util.isString(message["function"]))
                        return "function: string expected";
                if (message.args != null && $Object.hasOwnProperty.call(message, "args")) {
                    if (!$Array.isArray(message.args))
                        return "args: array expected";
                    for (let i = 0; i < message.args.length; ++i) {
                        let error = $root.laminardb.plan.Expr.verify(message.args[i], _depth + 1);
                        if (error)
                            return "args." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Call message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.plan.Call
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.plan.Call} Call
             */
            Call.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.plan.Call)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.plan.Call: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.plan.Call();
                if (object["function"] != null)
                    if (typeof object["function"] !== "string" || object["function"].length)
                        message["function"] = $String(object["function"]);
                if (object.args) {
                    if (!$Array.isArray(object.args))
                        throw $TypeError(".laminardb.plan.Call.args: array expected");
                    message.args = $Array(object.args.length);
                    for (let i = 0; i < object.args.length; ++i) {
                        if (!$util.isObject(object.args[i]))
                            throw $TypeError(".laminardb.plan.Call.args: object expected");
                        message.args[i] = $root.laminardb.plan.Expr.fromObject(object.args[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Call message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.plan.Call
             * @static
             * @param {laminardb.plan.Call} message Call
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Call.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.args = [];
                if (options.defaults)
                    object["function"] = "";
                if (message["function"] != null && $Object.hasOwnProperty.call(message, "function"))
                    object["function"] = message["function"];
                if (message.args && message.args.length) {
                    object.args = $Array(message.args.length);
                    for (let j = 0; j < message.args.length; ++j)
                        object.args[j] = $root.laminardb.plan.Expr.toObject(message.args[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Call to JSON.
             * @function toJSON
             * @memberof laminardb.plan.Call
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Call.prototype.toJSON = function() {
                return Call.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Call
             * @function getTypeUrl
             * @memberof laminardb.plan.Call
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Call.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.plan.Call";
            };

            return Call;
        })();

        return plan;
    })();

    return laminardb;
})();

export {
  $root as default
};
