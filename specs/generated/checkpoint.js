/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $Boolean = $util.global.Boolean, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["checkpoint"] || ($protobuf.roots["checkpoint"] = {});

export const laminardb = $root.laminardb = (() => {

    /**
     * Namespace laminardb.
     * @exports laminardb
     * @namespace
     */
    const laminardb = {};

    laminardb.checkpoint = (function() {

        /**
         * Namespace checkpoint.
         * @memberof laminardb
         * @namespace
         */
        const checkpoint = {};

        checkpoint.Manifest = (function() {

            /**
             * Properties of a Manifest.
             * @typedef {Object} laminardb.checkpoint.Manifest.$Properties
             * @property {number|null} [id] Manifest id
             * @property {number|null} [walSeq] Manifest walSeq
             * @property {string|null} [catalog] Manifest catalog
             * @property {Object.<string,string>|null} [meta] Manifest meta
             * @property {number|null} [createdAt] Manifest createdAt
             * @property {boolean|null} [committed] Manifest committed
             * @property {Array.<laminardb.checkpoint.StateFile.$Properties>|null} [states] Manifest states
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Manifest.
             * @memberof laminardb.checkpoint
             * @interface IManifest
             * @augments laminardb.checkpoint.Manifest.$Properties
             * @deprecated Use laminardb.checkpoint.Manifest.$Properties instead.
             */

            /**
             * Shape of a Manifest.
             * @typedef {laminardb.checkpoint.Manifest.$Properties} laminardb.checkpoint.Manifest.$Shape
             */

            /**
             * Constructs a new Manifest.
             * @memberof laminardb.checkpoint
             * @classdesc Represents a Manifest.
             * @constructor
             * @param {laminardb.checkpoint.Manifest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Manifest = function (properties) {
                this.meta = {};
                this.states = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Manifest id.
             * @member {number} id
             * @memberof laminardb.checkpoint.Manifest
             * @instance
             */
            Manifest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Manifest walSeq.
             * @member {number} walSeq
             * @memberof laminardb.checkpoint.Manifest
             * @instance
             */
            Manifest.prototype.walSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Manifest catalog.
             * @member {string} catalog
             * @memberof laminardb.checkpoint.Manifest
             * @instance
             */
            Manifest.prototype.catalog = "";

            /**
             * Manifest meta.
             * @member {Object.<string,string>} meta
             * @memberof laminardb.checkpoint.Manifest
             * @instance
             */
            Manifest.prototype.meta = $util.emptyObject;

            /**
             * Manifest createdAt.
             * @member {number} createdAt
             * @memberof laminardb.checkpoint.Manifest
             * @instance
             */
            Manifest.prototype.createdAt = 0;

            /**
             * Manifest committed.
             * @member {boolean} committed
             * @memberof laminardb.checkpoint.Manifest
             * @instance
             */
            Manifest.prototype.committed = false;

            /**
             * Manifest states.
             * @member {Array.<laminardb.checkpoint.StateFile.$Properties>} states
             * @memberof laminardb.checkpoint.Manifest
             * @instance
             */
            Manifest.prototype.states = $util.emptyArray;

            /**
             * Creates a new Manifest instance using the specified properties.
             * @function create
             * @memberof laminardb.checkpoint.Manifest
             * @static
             * @param {laminardb.checkpoint.Manifest.$Properties=} [properties] Properties to set
             * @returns {laminardb.checkpoint.Manifest} Manifest instance
             * @type {{
             *   (properties: laminardb.checkpoint.Manifest.$Shape): laminardb.checkpoint.Manifest & laminardb.checkpoint.Manifest.$Shape;
             *   (properties?: laminardb.checkpoint.Manifest.$Properties): laminardb.checkpoint.Manifest;
             * }}
             */
            Manifest.create = function(properties) {
                return new Manifest(properties);
            };

            /**
             * Encodes the specified Manifest message. Does not implicitly {@link laminardb.checkpoint.Manifest.verify|verify} messages.
             * @function encode
             * @memberof laminardb.checkpoint.Manifest
             * @static
             * @param {laminardb.checkpoint.Manifest.$Properties} message Manifest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Manifest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.walSeq != null && $Object.hasOwnProperty.call(message, "walSeq") && (typeof message.walSeq === "object" ? message.walSeq.low || message.walSeq.high : message.walSeq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.walSeq);
                if (message.catalog != null && $Object.hasOwnProperty.call(message, "catalog") && message.catalog !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.catalog);
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    for (let keys = $Object.keys(message.meta), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.meta[keys[i]]).ldelim();
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && !$Object.is(message.createdAt, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.createdAt);
                if (message.committed != null && $Object.hasOwnProperty.call(message, "committed") && message.committed !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.committed);
                if (message.states != null && message.states.length)
                    for (let i = 0; i < message.states.length; ++i)
                        $root.laminardb.checkpoint.StateFile.encode(message.states[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Manifest message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.checkpoint.Manifest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.checkpoint.Manifest & laminardb.checkpoint.Manifest.$Shape} Manifest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Manifest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.laminardb.checkpoint.Manifest();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.walSeq = value;
                            else
                                delete message.walSeq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.catalog = value;
                            else
                                delete message.catalog;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.meta === $util.emptyObject)
                                message.meta = {};
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
                                $util.makeProp(message.meta, key);
                            message.meta[key] = value;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.createdAt = value;
                            else
                                delete message.createdAt;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.committed = value;
                            else
                                delete message.committed;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.states && message.states.length))
                                message.states = [];
                            message.states.push($root.laminardb.checkpoint.StateFile.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Verifies a Manifest message.
             * @function verify
             * @memberof laminardb.checkpoint.Manifest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Manifest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                        return "id: integer|Long expected";
                if (message.walSeq != null && $Object.hasOwnProperty.call(message, "walSeq"))
                    if (!$util.isInteger(message.walSeq) && !(message.walSeq && $util.isInteger(message.walSeq.low) && $util.isInteger(message.walSeq.high)))
                        return "walSeq: integer|Long expected";
                if (message.catalog != null && $Object.hasOwnProperty.call(message, "catalog"))
                    if (!$util.isString(message.catalog))
                        return "catalog: string expected";
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta")) {
                    if (!$util.isObject(message.meta))
                        return "meta: object expected";
                    let key = $Object.keys(message.meta);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.meta[key[i]]))
                            return "meta: string{k:string} expected";
                }
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                    if (typeof message.createdAt !== "number")
                        return "createdAt: number expected";
                if (message.committed != null && $Object.hasOwnProperty.call(message, "committed"))
                    if (typeof message.committed !== "boolean")
                        return "committed: boolean expected";
                if (message.states != null && $Object.hasOwnProperty.call(message, "states")) {
                    if (!$Array.isArray(message.states))
                        return "states: array expected";
                    for (let i = 0; i < message.states.length; ++i) {
                        let error = $root.laminardb.checkpoint.StateFile.verify(message.states[i], _depth + 1);
                        if (error)
                            return "states." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Manifest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.checkpoint.Manifest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.checkpoint.Manifest} Manifest
             */
            Manifest.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.checkpoint.Manifest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.checkpoint.Manifest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.checkpoint.Manifest();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.walSeq != null)
                    if (typeof object.walSeq === "object" ? object.walSeq.low || object.walSeq.high : $Number(object.walSeq) !== 0)
                        if ($util.Long)
                            message.walSeq = $util.Long.fromValue(object.walSeq, true);
                        else if (typeof object.walSeq === "string")
                            message.walSeq = $parseInt(object.walSeq, 10);
                        else if (typeof object.walSeq === "number")
                            message.walSeq = object.walSeq;
                        else if (typeof object.walSeq === "object")
                            message.walSeq = new $util.LongBits(object.walSeq.low >>> 0, object.walSeq.high >>> 0).toNumber(true);
                if (object.catalog != null)
                    if (typeof object.catalog !== "string" || object.catalog.length)
                        message.catalog = $String(object.catalog);
                if (object.meta) {
                    if (!$util.isObject(object.meta))
                        throw $TypeError(".laminardb.checkpoint.Manifest.meta: object expected");
                    message.meta = {};
                    for (let keys = $Object.keys(object.meta), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.meta, keys[i]);
                        message.meta[keys[i]] = $String(object.meta[keys[i]]);
                    }
                }
                if (object.createdAt != null)
                    if (!$Object.is($Number(object.createdAt), 0))
                        message.createdAt = $Number(object.createdAt);
                if (object.committed != null)
                    if (object.committed)
                        message.committed = $Boolean(object.committed);
                if (object.states) {
                    if (!$Array.isArray(object.states))
                        throw $TypeError(".laminardb.checkpoint.Manifest.states: array expected");
                    message.states = $Array(object.states.length);
                    for (let i = 0; i < object.states.length; ++i) {
                        if (!$util.isObject(object.states[i]))
                            throw $TypeError(".laminardb.checkpoint.Manifest.states: object expected");
                        message.states[i] = $root.laminardb.checkpoint.StateFile.fromObject(object.states[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Manifest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.checkpoint.Manifest
             * @static
             * @param {laminardb.checkpoint.Manifest} message Manifest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Manifest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.states = [];
                if (options.objects || options.defaults)
                    object.meta = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.walSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.walSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.catalog = "";
                    object.createdAt = 0;
                    object.committed = false;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.walSeq != null && $Object.hasOwnProperty.call(message, "walSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.walSeq = typeof message.walSeq === "number" ? $BigInt(message.walSeq) : $util.Long.fromBits(message.walSeq.low >>> 0, message.walSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.walSeq === "number")
                        object.walSeq = options.longs === $String ? $String(message.walSeq) : message.walSeq;
                    else
                        object.walSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.walSeq) : options.longs === $Number ? new $util.LongBits(message.walSeq.low >>> 0, message.walSeq.high >>> 0).toNumber(true) : message.walSeq;
                if (message.catalog != null && $Object.hasOwnProperty.call(message, "catalog"))
                    object.catalog = message.catalog;
                let keys2;
                if (message.meta && (keys2 = $Object.keys(message.meta)).length) {
                    object.meta = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.meta, keys2[j]);
                        object.meta[keys2[j]] = message.meta[keys2[j]];
                    }
                }
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                    object.createdAt = options.json && !$isFinite(message.createdAt) ? $String(message.createdAt) : message.createdAt;
                if (message.committed != null && $Object.hasOwnProperty.call(message, "committed"))
                    object.committed = message.committed;
                if (message.states && message.states.length) {
                    object.states = $Array(message.states.length);
                    for (let j = 0; j < message.states.length; ++j)
                        object.states[j] = $root.laminardb.checkpoint.StateFile.toObject(message.states[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Manifest to JSON.
             * @function toJSON
             * @memberof laminardb.checkpoint.Manifest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Manifest.prototype.toJSON = function() {
                return Manifest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Manifest
             * @function getTypeUrl
             * @memberof laminardb.checkpoint.Manifest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Manifest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.checkpoint.Manifest";
            };

            return Manifest;
        })();

        checkpoint.StateFile = (function() {

            /**
             * Properties of a StateFile.
             * @typedef {Object} laminardb.checkpoint.StateFile.$Properties
             * @property {string|null} [actor] StateFile actor
             * @property {string|null} [file] StateFile file
             * @property {number|null} [size] StateFile size
             * @property {number|null} [crc32c] StateFile crc32c
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StateFile.
             * @memberof laminardb.checkpoint
             * @interface IStateFile
             * @augments laminardb.checkpoint.StateFile.$Properties
             * @deprecated Use laminardb.checkpoint.StateFile.$Properties instead.
             */

            /**
             * Shape of a StateFile.
             * @typedef {laminardb.checkpoint.StateFile.$Properties} laminardb.checkpoint.StateFile.$Shape
             */

            /**
             * Constructs a new StateFile.
             * @memberof laminardb.checkpoint
             * @classdesc Represents a StateFile.
             * @constructor
             * @param {laminardb.checkpoint.StateFile.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StateFile = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StateFile actor.
             * @member {string} actor
             * @memberof laminardb.checkpoint.StateFile
             * @instance
             */
            StateFile.prototype.actor = "";

            /**
             * StateFile file.
             * @member {string} file
             * @memberof laminardb.checkpoint.StateFile
             * @instance
             */
            StateFile.prototype.file = "";

            /**
             * StateFile size.
             * @member {number} size
             * @memberof laminardb.checkpoint.StateFile
             * @instance
             */
            StateFile.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StateFile crc32c.
             * @member {number} crc32c
             * @memberof laminardb.checkpoint.StateFile
             * @instance
             */
            StateFile.prototype.crc32c = 0;

            /**
             * Creates a new StateFile instance using the specified properties.
             * @function create
             * @memberof laminardb.checkpoint.StateFile
             * @static
             * @param {laminardb.checkpoint.StateFile.$Properties=} [properties] Properties to set
             * @returns {laminardb.checkpoint.StateFile} StateFile instance
             * @type {{
             *   (properties: laminardb.checkpoint.StateFile.$Shape): laminardb.checkpoint.StateFile & laminardb.checkpoint.StateFile.$Shape;
             *   (properties?: laminardb.checkpoint.StateFile.$Properties): laminardb.checkpoint.StateFile;
             * }}
             */
            StateFile.create = function(properties) {
                return new StateFile(properties);
            };

            /**
             * Encodes the specified StateFile message. Does not implicitly {@link laminardb.checkpoint.StateFile.verify|verify} messages.
             * @function encode
             * @memberof laminardb.checkpoint.StateFile
             * @static
             * @param {laminardb.checkpoint.StateFile.$Properties} message StateFile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StateFile.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.actor != null && $Object.hasOwnProperty.call(message, "actor") && message.actor !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.actor);
                if (message.file != null && $Object.hasOwnProperty.call(message, "file") && message.file !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.file);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.size);
                if (message.crc32c != null && $Object.hasOwnProperty.call(message, "crc32c") && message.crc32c !== 0)
                    writer.uint32(/* id 4, wireType 5 =*/37).fixed32(message.crc32c);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StateFile message from the specified reader or buffer.
             * @function decode
             * @memberof laminardb.checkpoint.StateFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {laminardb.checkpoint.StateFile & laminardb.checkpoint.StateFile.$Shape} StateFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StateFile.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.laminardb.checkpoint.StateFile();
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
                                message.actor = value;
                            else
                                delete message.actor;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.file = value;
                            else
                                delete message.file;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.crc32c = value;
                            else
                                delete message.crc32c;
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
             * Verifies a StateFile message.
             * @function verify
             * @memberof laminardb.checkpoint.StateFile
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StateFile.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.actor != null && $Object.hasOwnProperty.call(message, "actor"))
                    if (!$util.isString(message.actor))
                        return "actor: string expected";
                if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
                    if (!$util.isString(message.file))
                        return "file: string expected";
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (!$util.isInteger(message.size) && !(message.size && $util.isInteger(message.size.low) && $util.isInteger(message.size.high)))
                        return "size: integer|Long expected";
                if (message.crc32c != null && $Object.hasOwnProperty.call(message, "crc32c"))
                    if (!$util.isInteger(message.crc32c))
                        return "crc32c: integer expected";
                return null;
            };

            /**
             * Creates a StateFile message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof laminardb.checkpoint.StateFile
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {laminardb.checkpoint.StateFile} StateFile
             */
            StateFile.fromObject = function (object, _depth) {
                if (object instanceof $root.laminardb.checkpoint.StateFile)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".laminardb.checkpoint.StateFile: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.laminardb.checkpoint.StateFile();
                if (object.actor != null)
                    if (typeof object.actor !== "string" || object.actor.length)
                        message.actor = $String(object.actor);
                if (object.file != null)
                    if (typeof object.file !== "string" || object.file.length)
                        message.file = $String(object.file);
                if (object.size != null)
                    if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                        if ($util.Long)
                            message.size = $util.Long.fromValue(object.size, true);
                        else if (typeof object.size === "string")
                            message.size = $parseInt(object.size, 10);
                        else if (typeof object.size === "number")
                            message.size = object.size;
                        else if (typeof object.size === "object")
                            message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
                if (object.crc32c != null)
                    if ($Number(object.crc32c) !== 0)
                        message.crc32c = object.crc32c >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a StateFile message. Also converts values to other types if specified.
             * @function toObject
             * @memberof laminardb.checkpoint.StateFile
             * @static
             * @param {laminardb.checkpoint.StateFile} message StateFile
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StateFile.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.actor = "";
                    object.file = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.crc32c = 0;
                }
                if (message.actor != null && $Object.hasOwnProperty.call(message, "actor"))
                    object.actor = message.actor;
                if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
                    object.file = message.file;
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === $String ? $String(message.size) : message.size;
                    else
                        object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
                if (message.crc32c != null && $Object.hasOwnProperty.call(message, "crc32c"))
                    object.crc32c = message.crc32c;
                return object;
            };

            /**
             * Converts this StateFile to JSON.
             * @function toJSON
             * @memberof laminardb.checkpoint.StateFile
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StateFile.prototype.toJSON = function() {
                return StateFile.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StateFile
             * @function getTypeUrl
             * @memberof laminardb.checkpoint.StateFile
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StateFile.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/laminardb.checkpoint.StateFile";
            };

            return StateFile;
        })();

        return checkpoint;
    })();

    return laminardb;
})();

export {
  $root as default
};
