import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace laminardb. */
export namespace laminardb {

    /** Namespace plan. */
    namespace plan {

        /**
         * Properties of a Plan.
         * @deprecated Use laminardb.plan.Plan.$Properties instead.
         */
        interface IPlan extends laminardb.plan.Plan.$Properties {
        }

        /** Represents a Plan. */
        class Plan {

            /**
             * Constructs a new Plan.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.Plan.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Plan name. */
            name: string;

            /** Plan nodes. */
            nodes: laminardb.plan.PlanNode.$Properties[];

            /** Plan edges. */
            edges: laminardb.plan.Edge.$Properties[];

            /**
             * Creates a new Plan instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Plan instance
             */
            static create(properties: laminardb.plan.Plan.$Shape): laminardb.plan.Plan & laminardb.plan.Plan.$Shape;
            static create(properties?: laminardb.plan.Plan.$Properties): laminardb.plan.Plan;

            /**
             * Encodes the specified Plan message. Does not implicitly {@link laminardb.plan.Plan.verify|verify} messages.
             * @param message Plan message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.Plan.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Plan message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.Plan & laminardb.plan.Plan.$Shape} Plan
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.Plan & laminardb.plan.Plan.$Shape;

            /**
             * Verifies a Plan message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Plan message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Plan
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.Plan;

            /**
             * Creates a plain object from a Plan message. Also converts values to other types if specified.
             * @param message Plan
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.Plan, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Plan to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Plan
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Plan {

            /** Properties of a Plan. */
            interface $Properties {

                /** Plan name */
                name?: (string|null);

                /** Plan nodes */
                nodes?: (laminardb.plan.PlanNode.$Properties[]|null);

                /** Plan edges */
                edges?: (laminardb.plan.Edge.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Plan. */
            type $Shape = {
              name?: string|null;
              nodes?: laminardb.plan.PlanNode.$Shape[]|null;
              edges?: laminardb.plan.Edge.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an Edge.
         * @deprecated Use laminardb.plan.Edge.$Properties instead.
         */
        interface IEdge extends laminardb.plan.Edge.$Properties {
        }

        /** Represents an Edge. */
        class Edge {

            /**
             * Constructs a new Edge.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.Edge.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Edge from. */
            from: number;

            /** Edge to. */
            to: number;

            /** Edge input. */
            input: number;

            /** Edge partitioning. */
            partitioning?: (laminardb.plan.Partitioning.$Properties|null);

            /** Edge capacity. */
            capacity: number;

            /** Edge overflow. */
            overflow: laminardb.plan.OverflowPolicy;

            /**
             * Creates a new Edge instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Edge instance
             */
            static create(properties: laminardb.plan.Edge.$Shape): laminardb.plan.Edge & laminardb.plan.Edge.$Shape;
            static create(properties?: laminardb.plan.Edge.$Properties): laminardb.plan.Edge;

            /**
             * Encodes the specified Edge message. Does not implicitly {@link laminardb.plan.Edge.verify|verify} messages.
             * @param message Edge message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.Edge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Edge message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.Edge & laminardb.plan.Edge.$Shape} Edge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.Edge & laminardb.plan.Edge.$Shape;

            /**
             * Verifies an Edge message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Edge message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Edge
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.Edge;

            /**
             * Creates a plain object from an Edge message. Also converts values to other types if specified.
             * @param message Edge
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.Edge, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Edge to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Edge
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Edge {

            /** Properties of an Edge. */
            interface $Properties {

                /** Edge from */
                from?: (number|null);

                /** Edge to */
                to?: (number|null);

                /** Edge input */
                input?: (number|null);

                /** Edge partitioning */
                partitioning?: (laminardb.plan.Partitioning.$Properties|null);

                /** Edge capacity */
                capacity?: (number|null);

                /** Edge overflow */
                overflow?: (laminardb.plan.OverflowPolicy|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Edge. */
            type $Shape = laminardb.plan.Edge.$Properties;
        }

        /**
         * Properties of a Partitioning.
         * @deprecated Use laminardb.plan.Partitioning.$Properties instead.
         */
        interface IPartitioning extends laminardb.plan.Partitioning.$Properties {
        }

        /** Represents a Partitioning. */
        class Partitioning {

            /**
             * Constructs a new Partitioning.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.Partitioning.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Partitioning kind. */
            kind: laminardb.plan.Partitioning.Kind;

            /** Partitioning keys. */
            keys: string[];

            /**
             * Creates a new Partitioning instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Partitioning instance
             */
            static create(properties: laminardb.plan.Partitioning.$Shape): laminardb.plan.Partitioning & laminardb.plan.Partitioning.$Shape;
            static create(properties?: laminardb.plan.Partitioning.$Properties): laminardb.plan.Partitioning;

            /**
             * Encodes the specified Partitioning message. Does not implicitly {@link laminardb.plan.Partitioning.verify|verify} messages.
             * @param message Partitioning message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.Partitioning.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Partitioning message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.Partitioning & laminardb.plan.Partitioning.$Shape} Partitioning
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.Partitioning & laminardb.plan.Partitioning.$Shape;

            /**
             * Verifies a Partitioning message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Partitioning message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Partitioning
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.Partitioning;

            /**
             * Creates a plain object from a Partitioning message. Also converts values to other types if specified.
             * @param message Partitioning
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.Partitioning, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Partitioning to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Partitioning
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Partitioning {

            /** Properties of a Partitioning. */
            interface $Properties {

                /** Partitioning kind */
                kind?: (laminardb.plan.Partitioning.Kind|null);

                /** Partitioning keys */
                keys?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Partitioning. */
            type $Shape = laminardb.plan.Partitioning.$Properties;

            /** Kind enum. */
            enum Kind {

                /** FORWARD value */
                FORWARD = 0,

                /** HASH value */
                HASH = 1,

                /** BROADCAST value */
                BROADCAST = 2
            }
        }

        /** OverflowPolicy enum. */
        enum OverflowPolicy {

            /** SUSPEND value */
            SUSPEND = 0,

            /** DROPPING value */
            DROPPING = 1,

            /** SLIDING value */
            SLIDING = 2
        }

        /** TypeKind enum. */
        enum TypeKind {

            /** NULL value */
            NULL = 0,

            /** BOOL value */
            BOOL = 1,

            /** INT8 value */
            INT8 = 2,

            /** INT16 value */
            INT16 = 3,

            /** INT32 value */
            INT32 = 4,

            /** INT64 value */
            INT64 = 5,

            /** FLOAT32 value */
            FLOAT32 = 6,

            /** FLOAT64 value */
            FLOAT64 = 7,

            /** UTF8 value */
            UTF8 = 8,

            /** TIMESTAMP value */
            TIMESTAMP = 9,

            /** DECIMAL value */
            DECIMAL = 10,

            /** BINARY value */
            BINARY = 11,

            /** DATE value */
            DATE = 12,

            /** TIME value */
            TIME = 13,

            /** INTERVAL value */
            INTERVAL = 14,

            /** JSON value */
            JSON = 15,

            /** LIST value */
            LIST = 16,

            /** STRUCT value */
            STRUCT = 17,

            /** MAP value */
            MAP = 18
        }

        /**
         * Properties of a DataType.
         * @deprecated Use laminardb.plan.DataType.$Properties instead.
         */
        interface IDataType extends laminardb.plan.DataType.$Properties {
        }

        /** Represents a DataType. */
        class DataType {

            /**
             * Constructs a new DataType.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.DataType.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataType kind. */
            kind: laminardb.plan.TypeKind;

            /** DataType timezone. */
            timezone: string;

            /** DataType spec. */
            spec: string;

            /**
             * Creates a new DataType instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataType instance
             */
            static create(properties: laminardb.plan.DataType.$Shape): laminardb.plan.DataType & laminardb.plan.DataType.$Shape;
            static create(properties?: laminardb.plan.DataType.$Properties): laminardb.plan.DataType;

            /**
             * Encodes the specified DataType message. Does not implicitly {@link laminardb.plan.DataType.verify|verify} messages.
             * @param message DataType message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.DataType.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataType message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.DataType & laminardb.plan.DataType.$Shape} DataType
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.DataType & laminardb.plan.DataType.$Shape;

            /**
             * Verifies a DataType message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DataType message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DataType
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.DataType;

            /**
             * Creates a plain object from a DataType message. Also converts values to other types if specified.
             * @param message DataType
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.DataType, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DataType to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DataType
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DataType {

            /** Properties of a DataType. */
            interface $Properties {

                /** DataType kind */
                kind?: (laminardb.plan.TypeKind|null);

                /** DataType timezone */
                timezone?: (string|null);

                /** DataType spec */
                spec?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DataType. */
            type $Shape = laminardb.plan.DataType.$Properties;
        }

        /**
         * Properties of a Field.
         * @deprecated Use laminardb.plan.Field.$Properties instead.
         */
        interface IField extends laminardb.plan.Field.$Properties {
        }

        /** Represents a Field. */
        class Field {

            /**
             * Constructs a new Field.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.Field.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Field name. */
            name: string;

            /** Field type. */
            type?: (laminardb.plan.DataType.$Properties|null);

            /** Field nullable. */
            nullable: boolean;

            /**
             * Creates a new Field instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Field instance
             */
            static create(properties: laminardb.plan.Field.$Shape): laminardb.plan.Field & laminardb.plan.Field.$Shape;
            static create(properties?: laminardb.plan.Field.$Properties): laminardb.plan.Field;

            /**
             * Encodes the specified Field message. Does not implicitly {@link laminardb.plan.Field.verify|verify} messages.
             * @param message Field message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.Field.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Field message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.Field & laminardb.plan.Field.$Shape} Field
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.Field & laminardb.plan.Field.$Shape;

            /**
             * Verifies a Field message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Field message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Field
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.Field;

            /**
             * Creates a plain object from a Field message. Also converts values to other types if specified.
             * @param message Field
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.Field, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Field to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Field
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Field {

            /** Properties of a Field. */
            interface $Properties {

                /** Field name */
                name?: (string|null);

                /** Field type */
                type?: (laminardb.plan.DataType.$Properties|null);

                /** Field nullable */
                nullable?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Field. */
            type $Shape = laminardb.plan.Field.$Properties;
        }

        /**
         * Properties of a Schema.
         * @deprecated Use laminardb.plan.Schema.$Properties instead.
         */
        interface ISchema extends laminardb.plan.Schema.$Properties {
        }

        /** Represents a Schema. */
        class Schema {

            /**
             * Constructs a new Schema.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.Schema.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Schema fields. */
            fields: laminardb.plan.Field.$Properties[];

            /**
             * Creates a new Schema instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Schema instance
             */
            static create(properties: laminardb.plan.Schema.$Shape): laminardb.plan.Schema & laminardb.plan.Schema.$Shape;
            static create(properties?: laminardb.plan.Schema.$Properties): laminardb.plan.Schema;

            /**
             * Encodes the specified Schema message. Does not implicitly {@link laminardb.plan.Schema.verify|verify} messages.
             * @param message Schema message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.Schema.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Schema message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.Schema & laminardb.plan.Schema.$Shape} Schema
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.Schema & laminardb.plan.Schema.$Shape;

            /**
             * Verifies a Schema message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Schema message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Schema
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.Schema;

            /**
             * Creates a plain object from a Schema message. Also converts values to other types if specified.
             * @param message Schema
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.Schema, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Schema to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Schema
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Schema {

            /** Properties of a Schema. */
            interface $Properties {

                /** Schema fields */
                fields?: (laminardb.plan.Field.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Schema. */
            type $Shape = laminardb.plan.Schema.$Properties;
        }

        /**
         * Properties of a PlanNode.
         * @deprecated Use laminardb.plan.PlanNode.$Properties instead.
         */
        interface IPlanNode extends laminardb.plan.PlanNode.$Properties {
        }

        /** Represents a PlanNode. */
        class PlanNode {

            /**
             * Constructs a new PlanNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.PlanNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PlanNode id. */
            id: number;

            /** PlanNode name. */
            name: string;

            /** PlanNode source. */
            source?: (laminardb.plan.SourceNode.$Properties|null);

            /** PlanNode watermark. */
            watermark?: (laminardb.plan.WatermarkNode.$Properties|null);

            /** PlanNode filter. */
            filter?: (laminardb.plan.FilterNode.$Properties|null);

            /** PlanNode project. */
            project?: (laminardb.plan.ProjectNode.$Properties|null);

            /** PlanNode map. */
            map?: (laminardb.plan.MapNode.$Properties|null);

            /** PlanNode union. */
            union?: (laminardb.plan.UnionNode.$Properties|null);

            /** PlanNode groupAggregate. */
            groupAggregate?: (laminardb.plan.GroupAggregateNode.$Properties|null);

            /** PlanNode windowAggregate. */
            windowAggregate?: (laminardb.plan.WindowAggregateNode.$Properties|null);

            /** PlanNode calc. */
            calc?: (laminardb.plan.CalcNode.$Properties|null);

            /** PlanNode sink. */
            sink?: (laminardb.plan.SinkNode.$Properties|null);

            /** PlanNode sort. */
            sort?: (laminardb.plan.SortNode.$Properties|null);

            /** PlanNode limit. */
            limit?: (laminardb.plan.LimitNode.$Properties|null);

            /** PlanNode lateRows. */
            lateRows?: (laminardb.plan.LateRowsNode.$Properties|null);

            /** PlanNode temporalFilter. */
            temporalFilter?: (laminardb.plan.TemporalFilterNode.$Properties|null);

            /** PlanNode sessionAggregate. */
            sessionAggregate?: (laminardb.plan.WindowAggregateNode.$Properties|null);

            /** PlanNode join. */
            join?: (laminardb.plan.JoinNode.$Properties|null);

            /** PlanNode asofJoin. */
            asofJoin?: (laminardb.plan.AsofJoinNode.$Properties|null);

            /** PlanNode lookupJoin. */
            lookupJoin?: (laminardb.plan.LookupJoinNode.$Properties|null);

            /** PlanNode over. */
            over?: (laminardb.plan.OverNode.$Properties|null);

            /** PlanNode temporalProbeJoin. */
            temporalProbeJoin?: (laminardb.plan.TemporalProbeJoinNode.$Properties|null);

            /** PlanNode temporalJoin. */
            temporalJoin?: (laminardb.plan.TemporalJoinNode.$Properties|null);

            /** PlanNode body. */
            body?: ("source"|"watermark"|"filter"|"project"|"map"|"union"|"groupAggregate"|"windowAggregate"|"calc"|"sink"|"sort"|"limit"|"lateRows"|"temporalFilter"|"sessionAggregate"|"join"|"asofJoin"|"lookupJoin"|"over"|"temporalProbeJoin"|"temporalJoin");

            /**
             * Creates a new PlanNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PlanNode instance
             */
            static create(properties: laminardb.plan.PlanNode.$Shape): laminardb.plan.PlanNode & laminardb.plan.PlanNode.$Shape;
            static create(properties?: laminardb.plan.PlanNode.$Properties): laminardb.plan.PlanNode;

            /**
             * Encodes the specified PlanNode message. Does not implicitly {@link laminardb.plan.PlanNode.verify|verify} messages.
             * @param message PlanNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.PlanNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PlanNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.PlanNode & laminardb.plan.PlanNode.$Shape} PlanNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.PlanNode & laminardb.plan.PlanNode.$Shape;

            /**
             * Verifies a PlanNode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PlanNode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PlanNode
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.PlanNode;

            /**
             * Creates a plain object from a PlanNode message. Also converts values to other types if specified.
             * @param message PlanNode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.PlanNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PlanNode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PlanNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlanNode {

            /** Properties of a PlanNode. */
            interface $Properties {

                /** PlanNode id */
                id?: (number|null);

                /** PlanNode name */
                name?: (string|null);

                /** PlanNode source */
                source?: (laminardb.plan.SourceNode.$Properties|null);

                /** PlanNode watermark */
                watermark?: (laminardb.plan.WatermarkNode.$Properties|null);

                /** PlanNode filter */
                filter?: (laminardb.plan.FilterNode.$Properties|null);

                /** PlanNode project */
                project?: (laminardb.plan.ProjectNode.$Properties|null);

                /** PlanNode map */
                map?: (laminardb.plan.MapNode.$Properties|null);

                /** PlanNode union */
                union?: (laminardb.plan.UnionNode.$Properties|null);

                /** PlanNode groupAggregate */
                groupAggregate?: (laminardb.plan.GroupAggregateNode.$Properties|null);

                /** PlanNode windowAggregate */
                windowAggregate?: (laminardb.plan.WindowAggregateNode.$Properties|null);

                /** PlanNode calc */
                calc?: (laminardb.plan.CalcNode.$Properties|null);

                /** PlanNode sink */
                sink?: (laminardb.plan.SinkNode.$Properties|null);

                /** PlanNode sort */
                sort?: (laminardb.plan.SortNode.$Properties|null);

                /** PlanNode limit */
                limit?: (laminardb.plan.LimitNode.$Properties|null);

                /** PlanNode lateRows */
                lateRows?: (laminardb.plan.LateRowsNode.$Properties|null);

                /** PlanNode temporalFilter */
                temporalFilter?: (laminardb.plan.TemporalFilterNode.$Properties|null);

                /** PlanNode sessionAggregate */
                sessionAggregate?: (laminardb.plan.WindowAggregateNode.$Properties|null);

                /** PlanNode join */
                join?: (laminardb.plan.JoinNode.$Properties|null);

                /** PlanNode asofJoin */
                asofJoin?: (laminardb.plan.AsofJoinNode.$Properties|null);

                /** PlanNode lookupJoin */
                lookupJoin?: (laminardb.plan.LookupJoinNode.$Properties|null);

                /** PlanNode over */
                over?: (laminardb.plan.OverNode.$Properties|null);

                /** PlanNode temporalProbeJoin */
                temporalProbeJoin?: (laminardb.plan.TemporalProbeJoinNode.$Properties|null);

                /** PlanNode temporalJoin */
                temporalJoin?: (laminardb.plan.TemporalJoinNode.$Properties|null);

                /** PlanNode body */
                body?: ("source"|"watermark"|"filter"|"project"|"map"|"union"|"groupAggregate"|"windowAggregate"|"calc"|"sink"|"sort"|"limit"|"lateRows"|"temporalFilter"|"sessionAggregate"|"join"|"asofJoin"|"lookupJoin"|"over"|"temporalProbeJoin"|"temporalJoin");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a PlanNode. */
            type $Shape = {
              id?: number|null;
              name?: string|null;
              source?: laminardb.plan.SourceNode.$Shape|null;
              watermark?: laminardb.plan.WatermarkNode.$Shape|null;
              filter?: laminardb.plan.FilterNode.$Shape|null;
              project?: laminardb.plan.ProjectNode.$Shape|null;
              map?: laminardb.plan.MapNode.$Shape|null;
              union?: laminardb.plan.UnionNode.$Shape|null;
              groupAggregate?: laminardb.plan.GroupAggregateNode.$Shape|null;
              windowAggregate?: laminardb.plan.WindowAggregateNode.$Shape|null;
              calc?: laminardb.plan.CalcNode.$Shape|null;
              sink?: laminardb.plan.SinkNode.$Shape|null;
              sort?: laminardb.plan.SortNode.$Shape|null;
              limit?: laminardb.plan.LimitNode.$Shape|null;
              lateRows?: laminardb.plan.LateRowsNode.$Shape|null;
              temporalFilter?: laminardb.plan.TemporalFilterNode.$Shape|null;
              sessionAggregate?: laminardb.plan.WindowAggregateNode.$Shape|null;
              join?: laminardb.plan.JoinNode.$Shape|null;
              asofJoin?: laminardb.plan.AsofJoinNode.$Shape|null;
              lookupJoin?: laminardb.plan.LookupJoinNode.$Shape|null;
              over?: laminardb.plan.OverNode.$Shape|null;
              temporalProbeJoin?: laminardb.plan.TemporalProbeJoinNode.$Shape|null;
              temporalJoin?: laminardb.plan.TemporalJoinNode.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "source"; source: laminardb.plan.SourceNode.$Shape; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "watermark"; source?: null; watermark: laminardb.plan.WatermarkNode.$Shape; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "filter"; source?: null; watermark?: null; filter: laminardb.plan.FilterNode.$Shape; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "project"; source?: null; watermark?: null; filter?: null; project: laminardb.plan.ProjectNode.$Shape; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "map"; source?: null; watermark?: null; filter?: null; project?: null; map: laminardb.plan.MapNode.$Shape; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "union"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union: laminardb.plan.UnionNode.$Shape; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "groupAggregate"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate: laminardb.plan.GroupAggregateNode.$Shape; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "windowAggregate"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate: laminardb.plan.WindowAggregateNode.$Shape; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "calc"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc: laminardb.plan.CalcNode.$Shape; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "sink"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink: laminardb.plan.SinkNode.$Shape; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "sort"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort: laminardb.plan.SortNode.$Shape; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "limit"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit: laminardb.plan.LimitNode.$Shape; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "lateRows"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows: laminardb.plan.LateRowsNode.$Shape; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "temporalFilter"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter: laminardb.plan.TemporalFilterNode.$Shape; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "sessionAggregate"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate: laminardb.plan.WindowAggregateNode.$Shape; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "join"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join: laminardb.plan.JoinNode.$Shape; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "asofJoin"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin: laminardb.plan.AsofJoinNode.$Shape; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "lookupJoin"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin: laminardb.plan.LookupJoinNode.$Shape; over?: null; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "over"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over: laminardb.plan.OverNode.$Shape; temporalProbeJoin?: null; temporalJoin?: null }|{ body?: "temporalProbeJoin"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin: laminardb.plan.TemporalProbeJoinNode.$Shape; temporalJoin?: null }|{ body?: "temporalJoin"; source?: null; watermark?: null; filter?: null; project?: null; map?: null; union?: null; groupAggregate?: null; windowAggregate?: null; calc?: null; sink?: null; sort?: null; limit?: null; lateRows?: null; temporalFilter?: null; sessionAggregate?: null; join?: null; asofJoin?: null; lookupJoin?: null; over?: null; temporalProbeJoin?: null; temporalJoin: laminardb.plan.TemporalJoinNode.$Shape })
            );
        }

        /**
         * Properties of a JoinNode.
         * @deprecated Use laminardb.plan.JoinNode.$Properties instead.
         */
        interface IJoinNode extends laminardb.plan.JoinNode.$Properties {
        }

        /** Represents a JoinNode. */
        class JoinNode {

            /**
             * Constructs a new JoinNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.JoinNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JoinNode type. */
            type: laminardb.plan.JoinNode.Type;

            /** JoinNode leftKeys. */
            leftKeys: string[];

            /** JoinNode rightKeys. */
            rightKeys: string[];

            /** JoinNode condition. */
            condition?: (laminardb.plan.Expr.$Properties|null);

            /** JoinNode interval. */
            interval?: (laminardb.plan.IntervalBound.$Properties|null);

            /** JoinNode bounded. */
            bounded: boolean;

            /** JoinNode ttlMs. */
            ttlMs: number;

            /**
             * Creates a new JoinNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JoinNode instance
             */
            static create(properties: laminardb.plan.JoinNode.$Shape): laminardb.plan.JoinNode & laminardb.plan.JoinNode.$Shape;
            static create(properties?: laminardb.plan.JoinNode.$Properties): laminardb.plan.JoinNode;

            /**
             * Encodes the specified JoinNode message. Does not implicitly {@link laminardb.plan.JoinNode.verify|verify} messages.
             * @param message JoinNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.JoinNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JoinNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.JoinNode & laminardb.plan.JoinNode.$Shape} JoinNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.JoinNode & laminardb.plan.JoinNode.$Shape;

            /**
             * Verifies a JoinNode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a JoinNode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns JoinNode
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.JoinNode;

            /**
             * Creates a plain object from a JoinNode message. Also converts values to other types if specified.
             * @param message JoinNode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.JoinNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this JoinNode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for JoinNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace JoinNode {

            /** Properties of a JoinNode. */
            interface $Properties {

                /** JoinNode type */
                type?: (laminardb.plan.JoinNode.Type|null);

                /** JoinNode leftKeys */
                leftKeys?: (string[]|null);

                /** JoinNode rightKeys */
                rightKeys?: (string[]|null);

                /** JoinNode condition */
                condition?: (laminardb.plan.Expr.$Properties|null);

                /** JoinNode interval */
                interval?: (laminardb.plan.IntervalBound.$Properties|null);

                /** JoinNode bounded */
                bounded?: (boolean|null);

                /** JoinNode ttlMs */
                ttlMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JoinNode. */
            type $Shape = {
              type?: laminardb.plan.JoinNode.Type|null;
              leftKeys?: string[]|null;
              rightKeys?: string[]|null;
              condition?: laminardb.plan.Expr.$Shape|null;
              interval?: laminardb.plan.IntervalBound.$Shape|null;
              bounded?: boolean|null;
              ttlMs?: number|null;
              $unknowns?: Uint8Array[];
            };

            /** Type enum. */
            enum Type {

                /** INNER value */
                INNER = 0,

                /** LEFT value */
                LEFT = 1,

                /** FULL value */
                FULL = 3,

                /** SEMI value */
                SEMI = 4,

                /** ANTI value */
                ANTI = 5
            }
        }

        /**
         * Properties of an AsofJoinNode.
         * @deprecated Use laminardb.plan.AsofJoinNode.$Properties instead.
         */
        interface IAsofJoinNode extends laminardb.plan.AsofJoinNode.$Properties {
        }

        /** Represents an AsofJoinNode. */
        class AsofJoinNode {

            /**
             * Constructs a new AsofJoinNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.AsofJoinNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AsofJoinNode leftKeys. */
            leftKeys: string[];

            /** AsofJoinNode rightKeys. */
            rightKeys: string[];

            /** AsofJoinNode leftTime. */
            leftTime: string;

            /** AsofJoinNode rightTime. */
            rightTime: string;

            /** AsofJoinNode direction. */
            direction: laminardb.plan.AsofJoinNode.Direction;

            /** AsofJoinNode strict. */
            strict: boolean;

            /** AsofJoinNode toleranceMs. */
            toleranceMs: number;

            /** AsofJoinNode eager. */
            eager: boolean;

            /**
             * Creates a new AsofJoinNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AsofJoinNode instance
             */
            static create(properties: laminardb.plan.AsofJoinNode.$Shape): laminardb.plan.AsofJoinNode & laminardb.plan.AsofJoinNode.$Shape;
            static create(properties?: laminardb.plan.AsofJoinNode.$Properties): laminardb.plan.AsofJoinNode;

            /**
             * Encodes the specified AsofJoinNode message. Does not implicitly {@link laminardb.plan.AsofJoinNode.verify|verify} messages.
             * @param message AsofJoinNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.AsofJoinNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AsofJoinNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.AsofJoinNode & laminardb.plan.AsofJoinNode.$Shape} AsofJoinNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.AsofJoinNode & laminardb.plan.AsofJoinNode.$Shape;

            /**
             * Verifies an AsofJoinNode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AsofJoinNode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AsofJoinNode
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.AsofJoinNode;

            /**
             * Creates a plain object from an AsofJoinNode message. Also converts values to other types if specified.
             * @param message AsofJoinNode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.AsofJoinNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AsofJoinNode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AsofJoinNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AsofJoinNode {

            /** Properties of an AsofJoinNode. */
            interface $Properties {

                /** AsofJoinNode leftKeys */
                leftKeys?: (string[]|null);

                /** AsofJoinNode rightKeys */
                rightKeys?: (string[]|null);

                /** AsofJoinNode leftTime */
                leftTime?: (string|null);

                /** AsofJoinNode rightTime */
                rightTime?: (string|null);

                /** AsofJoinNode direction */
                direction?: (laminardb.plan.AsofJoinNode.Direction|null);

                /** AsofJoinNode strict */
                strict?: (boolean|null);

                /** AsofJoinNode toleranceMs */
                toleranceMs?: (number|null);

                /** AsofJoinNode eager */
                eager?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AsofJoinNode. */
            type $Shape = laminardb.plan.AsofJoinNode.$Properties;

            /** Direction enum. */
            enum Direction {

                /** BACKWARD value */
                BACKWARD = 0,

                /** FORWARD value */
                FORWARD = 1,

                /** NEAREST value */
                NEAREST = 2
            }
        }

        /**
         * Properties of a TemporalProbeJoinNode.
         * @deprecated Use laminardb.plan.TemporalProbeJoinNode.$Properties instead.
         */
        interface ITemporalProbeJoinNode extends laminardb.plan.TemporalProbeJoinNode.$Properties {
        }

        /** Represents a TemporalProbeJoinNode. */
        class TemporalProbeJoinNode {

            /**
             * Constructs a new TemporalProbeJoinNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.TemporalProbeJoinNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TemporalProbeJoinNode type. */
            type: laminardb.plan.TemporalProbeJoinNode.Type;

            /** TemporalProbeJoinNode leftKeys. */
            leftKeys: string[];

            /** TemporalProbeJoinNode rightKeys. */
            rightKeys: string[];

            /** TemporalProbeJoinNode leftTime. */
            leftTime: string;

            /** TemporalProbeJoinNode rightTime. */
            rightTime: string;

            /** TemporalProbeJoinNode offsetsMs. */
            offsetsMs: number[];

            /** TemporalProbeJoinNode leftLagMs. */
            leftLagMs: number;

            /** TemporalProbeJoinNode rightLagMs. */
            rightLagMs: number;

            /** TemporalProbeJoinNode offsetColumn. */
            offsetColumn: string;

            /** TemporalProbeJoinNode probeTimeColumn. */
            probeTimeColumn: string;

            /**
             * Creates a new TemporalProbeJoinNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TemporalProbeJoinNode instance
             */
            static create(properties: laminardb.plan.TemporalProbeJoinNode.$Shape): laminardb.plan.TemporalProbeJoinNode & laminardb.plan.TemporalProbeJoinNode.$Shape;
            static create(properties?: laminardb.plan.TemporalProbeJoinNode.$Properties): laminardb.plan.TemporalProbeJoinNode;

            /**
             * Encodes the specified TemporalProbeJoinNode message. Does not implicitly {@link laminardb.plan.TemporalProbeJoinNode.verify|verify} messages.
             * @param message TemporalProbeJoinNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.TemporalProbeJoinNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TemporalProbeJoinNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.TemporalProbeJoinNode & laminardb.plan.TemporalProbeJoinNode.$Shape} TemporalProbeJoinNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.TemporalProbeJoinNode & laminardb.plan.TemporalProbeJoinNode.$Shape;

            /**
             * Verifies a TemporalProbeJoinNode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TemporalProbeJoinNode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TemporalProbeJoinNode
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.TemporalProbeJoinNode;

            /**
             * Creates a plain object from a TemporalProbeJoinNode message. Also converts values to other types if specified.
             * @param message TemporalProbeJoinNode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.TemporalProbeJoinNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TemporalProbeJoinNode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TemporalProbeJoinNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TemporalProbeJoinNode {

            /** Properties of a TemporalProbeJoinNode. */
            interface $Properties {

                /** TemporalProbeJoinNode type */
                type?: (laminardb.plan.TemporalProbeJoinNode.Type|null);

                /** TemporalProbeJoinNode leftKeys */
                leftKeys?: (string[]|null);

                /** TemporalProbeJoinNode rightKeys */
                rightKeys?: (string[]|null);

                /** TemporalProbeJoinNode leftTime */
                leftTime?: (string|null);

                /** TemporalProbeJoinNode rightTime */
                rightTime?: (string|null);

                /** TemporalProbeJoinNode offsetsMs */
                offsetsMs?: (number[]|null);

                /** TemporalProbeJoinNode leftLagMs */
                leftLagMs?: (number|null);

                /** TemporalProbeJoinNode rightLagMs */
                rightLagMs?: (number|null);

                /** TemporalProbeJoinNode offsetColumn */
                offsetColumn?: (string|null);

                /** TemporalProbeJoinNode probeTimeColumn */
                probeTimeColumn?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TemporalProbeJoinNode. */
            type $Shape = laminardb.plan.TemporalProbeJoinNode.$Properties;

            /** Type enum. */
            enum Type {

                /** INNER value */
                INNER = 0,

                /** LEFT value */
                LEFT = 1
            }
        }

        /**
         * Properties of a LookupJoinNode.
         * @deprecated Use laminardb.plan.LookupJoinNode.$Properties instead.
         */
        interface ILookupJoinNode extends laminardb.plan.LookupJoinNode.$Properties {
        }

        /** Represents a LookupJoinNode. */
        class LookupJoinNode {

            /**
             * Constructs a new LookupJoinNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.LookupJoinNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LookupJoinNode table. */
            table: string;

            /** LookupJoinNode schema. */
            schema?: (laminardb.plan.Schema.$Properties|null);

            /** LookupJoinNode leftKeys. */
            leftKeys: string[];

            /** LookupJoinNode tableKeys. */
            tableKeys: string[];

            /** LookupJoinNode type. */
            type: laminardb.plan.LookupJoinNode.Type;

            /** LookupJoinNode condition. */
            condition?: (laminardb.plan.Expr.$Properties|null);

            /** LookupJoinNode outputNames. */
            outputNames: string[];

            /** LookupJoinNode tableFilters. */
            tableFilters: laminardb.plan.Expr.$Properties[];

            /**
             * Creates a new LookupJoinNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LookupJoinNode instance
             */
            static create(properties: laminardb.plan.LookupJoinNode.$Shape): laminardb.plan.LookupJoinNode & laminardb.plan.LookupJoinNode.$Shape;
            static create(properties?: laminardb.plan.LookupJoinNode.$Properties): laminardb.plan.LookupJoinNode;

            /**
             * Encodes the specified LookupJoinNode message. Does not implicitly {@link laminardb.plan.LookupJoinNode.verify|verify} messages.
             * @param message LookupJoinNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.LookupJoinNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LookupJoinNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.LookupJoinNode & laminardb.plan.LookupJoinNode.$Shape} LookupJoinNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.LookupJoinNode & laminardb.plan.LookupJoinNode.$Shape;

            /**
             * Verifies a LookupJoinNode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LookupJoinNode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LookupJoinNode
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.LookupJoinNode;

            /**
             * Creates a plain object from a LookupJoinNode message. Also converts values to other types if specified.
             * @param message LookupJoinNode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.LookupJoinNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LookupJoinNode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LookupJoinNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LookupJoinNode {

            /** Properties of a LookupJoinNode. */
            interface $Properties {

                /** LookupJoinNode table */
                table?: (string|null);

                /** LookupJoinNode schema */
                schema?: (laminardb.plan.Schema.$Properties|null);

                /** LookupJoinNode leftKeys */
                leftKeys?: (string[]|null);

                /** LookupJoinNode tableKeys */
                tableKeys?: (string[]|null);

                /** LookupJoinNode type */
                type?: (laminardb.plan.LookupJoinNode.Type|null);

                /** LookupJoinNode condition */
                condition?: (laminardb.plan.Expr.$Properties|null);

                /** LookupJoinNode outputNames */
                outputNames?: (string[]|null);

                /** LookupJoinNode tableFilters */
                tableFilters?: (laminardb.plan.Expr.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LookupJoinNode. */
            type $Shape = {
              table?: string|null;
              schema?: laminardb.plan.Schema.$Shape|null;
              leftKeys?: string[]|null;
              tableKeys?: string[]|null;
              type?: laminardb.plan.LookupJoinNode.Type|null;
              condition?: laminardb.plan.Expr.$Shape|null;
              outputNames?: string[]|null;
              tableFilters?: laminardb.plan.Expr.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };

            /** Type enum. */
            enum Type {

                /** INNER value */
                INNER = 0,

                /** LEFT value */
                LEFT = 1
            }
        }

        /**
         * Properties of a TemporalJoinNode.
         * @deprecated Use laminardb.plan.TemporalJoinNode.$Properties instead.
         */
        interface ITemporalJoinNode extends laminardb.plan.TemporalJoinNode.$Properties {
        }

        /** Represents a TemporalJoinNode. */
        class TemporalJoinNode {

            /**
             * Constructs a new TemporalJoinNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.TemporalJoinNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TemporalJoinNode leftKeys. */
            leftKeys: string[];

            /** TemporalJoinNode rightKeys. */
            rightKeys: string[];

            /** TemporalJoinNode leftTime. */
            leftTime: string;

            /** TemporalJoinNode versionTime. */
            versionTime: string;

            /** TemporalJoinNode leftJoin. */
            leftJoin: boolean;

            /** TemporalJoinNode eager. */
            eager: boolean;

            /**
             * Creates a new TemporalJoinNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TemporalJoinNode instance
             */
            static create(properties: laminardb.plan.TemporalJoinNode.$Shape): laminardb.plan.TemporalJoinNode & laminardb.plan.TemporalJoinNode.$Shape;
            static create(properties?: laminardb.plan.TemporalJoinNode.$Properties): laminardb.plan.TemporalJoinNode;

            /**
             * Encodes the specified TemporalJoinNode message. Does not implicitly {@link laminardb.plan.TemporalJoinNode.verify|verify} messages.
             * @param message TemporalJoinNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.TemporalJoinNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TemporalJoinNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.TemporalJoinNode & laminardb.plan.TemporalJoinNode.$Shape} TemporalJoinNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.TemporalJoinNode & laminardb.plan.TemporalJoinNode.$Shape;

            /**
             * Verifies a TemporalJoinNode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TemporalJoinNode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TemporalJoinNode
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.TemporalJoinNode;

            /**
             * Creates a plain object from a TemporalJoinNode message. Also converts values to other types if specified.
             * @param message TemporalJoinNode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.TemporalJoinNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TemporalJoinNode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TemporalJoinNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TemporalJoinNode {

            /** Properties of a TemporalJoinNode. */
            interface $Properties {

                /** TemporalJoinNode leftKeys */
                leftKeys?: (string[]|null);

                /** TemporalJoinNode rightKeys */
                rightKeys?: (string[]|null);

                /** TemporalJoinNode leftTime */
                leftTime?: (string|null);

                /** TemporalJoinNode versionTime */
                versionTime?: (string|null);

                /** TemporalJoinNode leftJoin */
                leftJoin?: (boolean|null);

                /** TemporalJoinNode eager */
                eager?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TemporalJoinNode. */
            type $Shape = laminardb.plan.TemporalJoinNode.$Properties;
        }

        /**
         * Properties of an OverNode.
         * @deprecated Use laminardb.plan.OverNode.$Properties instead.
         */
        interface IOverNode extends laminardb.plan.OverNode.$Properties {
        }

        /** Represents an OverNode. */
        class OverNode {

            /**
             * Constructs a new OverNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.OverNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OverNode partitionBy. */
            partitionBy: string[];

            /** OverNode orderBy. */
            orderBy: laminardb.plan.SortKey.$Properties[];

            /** OverNode calls. */
            calls: laminardb.plan.OverCall.$Properties[];

            /** OverNode limit. */
            limit: number;

            /** OverNode limitCall. */
            limitCall: number;

            /** OverNode mode. */
            mode: laminardb.plan.OverNode.Mode;

            /** OverNode timeColumn. */
            timeColumn: string;

            /** OverNode limitCallHidden. */
            limitCallHidden: boolean;

            /**
             * Creates a new OverNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OverNode instance
             */
            static create(properties: laminardb.plan.OverNode.$Shape): laminardb.plan.OverNode & laminardb.plan.OverNode.$Shape;
            static create(properties?: laminardb.plan.OverNode.$Properties): laminardb.plan.OverNode;

            /**
             * Encodes the specified OverNode message. Does not implicitly {@link laminardb.plan.OverNode.verify|verify} messages.
             * @param message OverNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.OverNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OverNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.OverNode & laminardb.plan.OverNode.$Shape} OverNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.OverNode & laminardb.plan.OverNode.$Shape;

            /**
             * Verifies an OverNode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OverNode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OverNode
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.OverNode;

            /**
             * Creates a plain object from an OverNode message. Also converts values to other types if specified.
             * @param message OverNode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.OverNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OverNode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OverNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OverNode {

            /** Properties of an OverNode. */
            interface $Properties {

                /** OverNode partitionBy */
                partitionBy?: (string[]|null);

                /** OverNode orderBy */
                orderBy?: (laminardb.plan.SortKey.$Properties[]|null);

                /** OverNode calls */
                calls?: (laminardb.plan.OverCall.$Properties[]|null);

                /** OverNode limit */
                limit?: (number|null);

                /** OverNode limitCall */
                limitCall?: (number|null);

                /** OverNode mode */
                mode?: (laminardb.plan.OverNode.Mode|null);

                /** OverNode timeColumn */
                timeColumn?: (string|null);

                /** OverNode limitCallHidden */
                limitCallHidden?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OverNode. */
            type $Shape = {
              partitionBy?: string[]|null;
              orderBy?: laminardb.plan.SortKey.$Shape[]|null;
              calls?: laminardb.plan.OverCall.$Shape[]|null;
              limit?: number|null;
              limitCall?: number|null;
              mode?: laminardb.plan.OverNode.Mode|null;
              timeColumn?: string|null;
              limitCallHidden?: boolean|null;
              $unknowns?: Uint8Array[];
            };

            /** Mode enum. */
            enum Mode {

                /** CHANGELOG value */
                CHANGELOG = 0,

                /** WATERMARK value */
                WATERMARK = 1,

                /** BOUNDED value */
                BOUNDED = 2
            }
        }

        /**
         * Properties of an OverCall.
         * @deprecated Use laminardb.plan.OverCall.$Properties instead.
         */
        interface IOverCall extends laminardb.plan.OverCall.$Properties {
        }

        /** Represents an OverCall. */
        class OverCall {

            /**
             * Constructs a new OverCall.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.OverCall.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OverCall name. */
            name: string;

            /** OverCall function. */
            function: string;

            /** OverCall args. */
            args: laminardb.plan.Expr.$Properties[];

            /** OverCall frame. */
            frame?: (laminardb.plan.Frame.$Properties|null);

            /** OverCall aggregate. */
            aggregate?: (laminardb.plan.AggregateCall.$Properties|null);

            /**
             * Creates a new OverCall instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OverCall instance
             */
            static create(properties: laminardb.plan.OverCall.$Shape): laminardb.plan.OverCall & laminardb.plan.OverCall.$Shape;
            static create(properties?: laminardb.plan.OverCall.$Properties): laminardb.plan.OverCall;

            /**
             * Encodes the specified OverCall message. Does not implicitly {@link laminardb.plan.OverCall.verify|verify} messages.
             * @param message OverCall message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.OverCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OverCall message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.OverCall & laminardb.plan.OverCall.$Shape} OverCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.OverCall & laminardb.plan.OverCall.$Shape;

            /**
             * Verifies an OverCall message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OverCall message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OverCall
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.OverCall;

            /**
             * Creates a plain object from an OverCall message. Also converts values to other types if specified.
             * @param message OverCall
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.OverCall, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OverCall to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OverCall
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OverCall {

            /** Properties of an OverCall. */
            interface $Properties {

                /** OverCall name */
                name?: (string|null);

                /** OverCall function */
                "function"?: (string|null);

                /** OverCall args */
                args?: (laminardb.plan.Expr.$Properties[]|null);

                /** OverCall frame */
                frame?: (laminardb.plan.Frame.$Properties|null);

                /** OverCall aggregate */
                aggregate?: (laminardb.plan.AggregateCall.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OverCall. */
            type $Shape = {
              name?: string|null;
              "Function"?: string|null;
              args?: laminardb.plan.Expr.$Shape[]|null;
              frame?: laminardb.plan.Frame.$Shape|null;
              aggregate?: laminardb.plan.AggregateCall.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Frame.
         * @deprecated Use laminardb.plan.Frame.$Properties instead.
         */
        interface IFrame extends laminardb.plan.Frame.$Properties {
        }

        /** Represents a Frame. */
        class Frame {

            /**
             * Constructs a new Frame.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.Frame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Frame range. */
            range: boolean;

            /** Frame start. */
            start: laminardb.plan.Frame.Bound;

            /** Frame startOffset. */
            startOffset: number;

            /** Frame end. */
            end: laminardb.plan.Frame.Bound;

            /** Frame endOffset. */
            endOffset: number;

            /**
             * Creates a new Frame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Frame instance
             */
            static create(properties: laminardb.plan.Frame.$Shape): laminardb.plan.Frame & laminardb.plan.Frame.$Shape;
            static create(properties?: laminardb.plan.Frame.$Properties): laminardb.plan.Frame;

            /**
             * Encodes the specified Frame message. Does not implicitly {@link laminardb.plan.Frame.verify|verify} messages.
             * @param message Frame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.Frame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Frame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.Frame & laminardb.plan.Frame.$Shape} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.Frame & laminardb.plan.Frame.$Shape;

            /**
             * Verifies a Frame message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Frame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Frame
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.Frame;

            /**
             * Creates a plain object from a Frame message. Also converts values to other types if specified.
             * @param message Frame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.Frame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Frame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Frame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Frame {

            /** Properties of a Frame. */
            interface $Properties {

                /** Frame range */
                range?: (boolean|null);

                /** Frame start */
                start?: (laminardb.plan.Frame.Bound|null);

                /** Frame startOffset */
                startOffset?: (number|null);

                /** Frame end */
                end?: (laminardb.plan.Frame.Bound|null);

                /** Frame endOffset */
                endOffset?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Frame. */
            type $Shape = laminardb.plan.Frame.$Properties;

            /** Bound enum. */
            enum Bound {

                /** UNBOUNDED_PRECEDING value */
                UNBOUNDED_PRECEDING = 0,

                /** PRECEDING value */
                PRECEDING = 1,

                /** CURRENT_ROW value */
                CURRENT_ROW = 2,

                /** FOLLOWING value */
                FOLLOWING = 3,

                /** UNBOUNDED_FOLLOWING value */
                UNBOUNDED_FOLLOWING = 4
            }
        }

        /**
         * Properties of an IntervalBound.
         * @deprecated Use laminardb.plan.IntervalBound.$Properties instead.
         */
        interface IIntervalBound extends laminardb.plan.IntervalBound.$Properties {
        }

        /** Represents an IntervalBound. */
        class IntervalBound {

            /**
             * Constructs a new IntervalBound.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.IntervalBound.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IntervalBound leftTime. */
            leftTime: string;

            /** IntervalBound rightTime. */
            rightTime: string;

            /** IntervalBound lowerMs. */
            lowerMs: number;

            /** IntervalBound upperMs. */
            upperMs: number;

            /** IntervalBound leftLagMs. */
            leftLagMs: number;

            /** IntervalBound rightLagMs. */
            rightLagMs: number;

            /**
             * Creates a new IntervalBound instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IntervalBound instance
             */
            static create(properties: laminardb.plan.IntervalBound.$Shape): laminardb.plan.IntervalBound & laminardb.plan.IntervalBound.$Shape;
            static create(properties?: laminardb.plan.IntervalBound.$Properties): laminardb.plan.IntervalBound;

            /**
             * Encodes the specified IntervalBound message. Does not implicitly {@link laminardb.plan.IntervalBound.verify|verify} messages.
             * @param message IntervalBound message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.IntervalBound.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IntervalBound message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.IntervalBound & laminardb.plan.IntervalBound.$Shape} IntervalBound
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.IntervalBound & laminardb.plan.IntervalBound.$Shape;

            /**
             * Verifies an IntervalBound message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IntervalBound message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IntervalBound
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.IntervalBound;

            /**
             * Creates a plain object from an IntervalBound message. Also converts values to other types if specified.
             * @param message IntervalBound
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.IntervalBound, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IntervalBound to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IntervalBound
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IntervalBound {

            /** Properties of an IntervalBound. */
            interface $Properties {

                /** IntervalBound leftTime */
                leftTime?: (string|null);

                /** IntervalBound rightTime */
                rightTime?: (string|null);

                /** IntervalBound lowerMs */
                lowerMs?: (number|null);

                /** IntervalBound upperMs */
                upperMs?: (number|null);

                /** IntervalBound leftLagMs */
                leftLagMs?: (number|null);

                /** IntervalBound rightLagMs */
                rightLagMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IntervalBound. */
            type $Shape = laminardb.plan.IntervalBound.$Properties;
        }

        /**
         * Properties of a LateRowsNode.
         * @deprecated Use laminardb.plan.LateRowsNode.$Properties instead.
         */
        interface ILateRowsNode extends laminardb.plan.LateRowsNode.$Properties {
        }

        /** Represents a LateRowsNode. */
        class LateRowsNode {

            /**
             * Constructs a new LateRowsNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.LateRowsNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LateRowsNode timeColumn. */
            timeColumn: string;

            /** LateRowsNode window. */
            window?: (laminardb.plan.Window.$Properties|null);

            /** LateRowsNode latenessMs. */
            latenessMs: number;

            /** LateRowsNode late. */
            late: boolean;

            /**
             * Creates a new LateRowsNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LateRowsNode instance
             */
            static create(properties: laminardb.plan.LateRowsNode.$Shape): laminardb.plan.LateRowsNode & laminardb.plan.LateRowsNode.$Shape;
            static create(properties?: laminardb.plan.LateRowsNode.$Properties): laminardb.plan.LateRowsNode;

            /**
             * Encodes the specified LateRowsNode message. Does not implicitly {@link laminardb.plan.LateRowsNode.verify|verify} messages.
             * @param message LateRowsNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.LateRowsNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LateRowsNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.LateRowsNode & laminardb.plan.LateRowsNode.$Shape} LateRowsNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.LateRowsNode & laminardb.plan.LateRowsNode.$Shape;

            /**
             * Verifies a LateRowsNode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LateRowsNode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LateRowsNode
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.LateRowsNode;

            /**
             * Creates a plain object from a LateRowsNode message. Also converts values to other types if specified.
             * @param message LateRowsNode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.LateRowsNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LateRowsNode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LateRowsNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LateRowsNode {

            /** Properties of a LateRowsNode. */
            interface $Properties {

                /** LateRowsNode timeColumn */
                timeColumn?: (string|null);

                /** LateRowsNode window */
                window?: (laminardb.plan.Window.$Properties|null);

                /** LateRowsNode latenessMs */
                latenessMs?: (number|null);

                /** LateRowsNode late */
                late?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LateRowsNode. */
            type $Shape = {
              timeColumn?: string|null;
              window?: laminardb.plan.Window.$Shape|null;
              latenessMs?: number|null;
              late?: boolean|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a TemporalFilterNode.
         * @deprecated Use laminardb.plan.TemporalFilterNode.$Properties instead.
         */
        interface ITemporalFilterNode extends laminardb.plan.TemporalFilterNode.$Properties {
        }

        /** Represents a TemporalFilterNode. */
        class TemporalFilterNode {

            /**
             * Constructs a new TemporalFilterNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.TemporalFilterNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TemporalFilterNode timeColumn. */
            timeColumn: string;

            /** TemporalFilterNode rangeMs. */
            rangeMs: number;

            /**
             * Creates a new TemporalFilterNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TemporalFilterNode instance
             */
            static create(properties: laminardb.plan.TemporalFilterNode.$Shape): laminardb.plan.TemporalFilterNode & laminardb.plan.TemporalFilterNode.$Shape;
            static create(properties?: laminardb.plan.TemporalFilterNode.$Properties): laminardb.plan.TemporalFilterNode;

            /**
             * Encodes the specified TemporalFilterNode message. Does not implicitly {@link laminardb.plan.TemporalFilterNode.verify|verify} messages.
             * @param message TemporalFilterNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.TemporalFilterNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TemporalFilterNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.TemporalFilterNode & laminardb.plan.TemporalFilterNode.$Shape} TemporalFilterNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.TemporalFilterNode & laminardb.plan.TemporalFilterNode.$Shape;

            /**
             * Verifies a TemporalFilterNode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TemporalFilterNode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TemporalFilterNode
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.TemporalFilterNode;

            /**
             * Creates a plain object from a TemporalFilterNode message. Also converts values to other types if specified.
             * @param message TemporalFilterNode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.TemporalFilterNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TemporalFilterNode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TemporalFilterNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TemporalFilterNode {

            /** Properties of a TemporalFilterNode. */
            interface $Properties {

                /** TemporalFilterNode timeColumn */
                timeColumn?: (string|null);

                /** TemporalFilterNode rangeMs */
                rangeMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TemporalFilterNode. */
            type $Shape = laminardb.plan.TemporalFilterNode.$Properties;
        }

        /**
         * Properties of a SortKey.
         * @deprecated Use laminardb.plan.SortKey.$Properties instead.
         */
        interface ISortKey extends laminardb.plan.SortKey.$Properties {
        }

        /** Represents a SortKey. */
        class SortKey {

            /**
             * Constructs a new SortKey.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.SortKey.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SortKey expr. */
            expr?: (laminardb.plan.Expr.$Properties|null);

            /** SortKey descending. */
            descending: boolean;

            /** SortKey nullsFirst. */
            nullsFirst: boolean;

            /**
             * Creates a new SortKey instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SortKey instance
             */
            static create(properties: laminardb.plan.SortKey.$Shape): laminardb.plan.SortKey & laminardb.plan.SortKey.$Shape;
            static create(properties?: laminardb.plan.SortKey.$Properties): laminardb.plan.SortKey;

            /**
             * Encodes the specified SortKey message. Does not implicitly {@link laminardb.plan.SortKey.verify|verify} messages.
             * @param message SortKey message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.SortKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SortKey message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.SortKey & laminardb.plan.SortKey.$Shape} SortKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.SortKey & laminardb.plan.SortKey.$Shape;

            /**
             * Verifies a SortKey message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SortKey message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SortKey
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.SortKey;

            /**
             * Creates a plain object from a SortKey message. Also converts values to other types if specified.
             * @param message SortKey
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.SortKey, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SortKey to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SortKey
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SortKey {

            /** Properties of a SortKey. */
            interface $Properties {

                /** SortKey expr */
                expr?: (laminardb.plan.Expr.$Properties|null);

                /** SortKey descending */
                descending?: (boolean|null);

                /** SortKey nullsFirst */
                nullsFirst?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SortKey. */
            type $Shape = {
              expr?: laminardb.plan.Expr.$Shape|null;
              descending?: boolean|null;
              nullsFirst?: boolean|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a SortNode.
         * @deprecated Use laminardb.plan.SortNode.$Properties instead.
         */
        interface ISortNode extends laminardb.plan.SortNode.$Properties {
        }

        /** Represents a SortNode. */
        class SortNode {

            /**
             * Constructs a new SortNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.SortNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SortNode keys. */
            keys: laminardb.plan.SortKey.$Properties[];

            /**
             * Creates a new SortNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SortNode instance
             */
            static create(properties: laminardb.plan.SortNode.$Shape): laminardb.plan.SortNode & laminardb.plan.SortNode.$Shape;
            static create(properties?: laminardb.plan.SortNode.$Properties): laminardb.plan.SortNode;

            /**
             * Encodes the specified SortNode message. Does not implicitly {@link laminardb.plan.SortNode.verify|verify} messages.
             * @param message SortNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.SortNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SortNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.SortNode & laminardb.plan.SortNode.$Shape} SortNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.SortNode & laminardb.plan.SortNode.$Shape;

            /**
             * Verifies a SortNode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SortNode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SortNode
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.SortNode;

            /**
             * Creates a plain object from a SortNode message. Also converts values to other types if specified.
             * @param message SortNode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.SortNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SortNode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SortNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SortNode {

            /** Properties of a SortNode. */
            interface $Properties {

                /** SortNode keys */
                keys?: (laminardb.plan.SortKey.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SortNode. */
            type $Shape = {
              keys?: laminardb.plan.SortKey.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a LimitNode.
         * @deprecated Use laminardb.plan.LimitNode.$Properties instead.
         */
        interface ILimitNode extends laminardb.plan.LimitNode.$Properties {
        }

        /** Represents a LimitNode. */
        class LimitNode {

            /**
             * Constructs a new LimitNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.LimitNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LimitNode limit. */
            limit: number;

            /** LimitNode offset. */
            offset: number;

            /**
             * Creates a new LimitNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LimitNode instance
             */
            static create(properties: laminardb.plan.LimitNode.$Shape): laminardb.plan.LimitNode & laminardb.plan.LimitNode.$Shape;
            static create(properties?: laminardb.plan.LimitNode.$Properties): laminardb.plan.LimitNode;

            /**
             * Encodes the specified LimitNode message. Does not implicitly {@link laminardb.plan.LimitNode.verify|verify} messages.
             * @param message LimitNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.LimitNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LimitNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.LimitNode & laminardb.plan.LimitNode.$Shape} LimitNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.LimitNode & laminardb.plan.LimitNode.$Shape;

            /**
             * Verifies a LimitNode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LimitNode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LimitNode
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.LimitNode;

            /**
             * Creates a plain object from a LimitNode message. Also converts values to other types if specified.
             * @param message LimitNode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.LimitNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LimitNode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LimitNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LimitNode {

            /** Properties of a LimitNode. */
            interface $Properties {

                /** LimitNode limit */
                limit?: (number|null);

                /** LimitNode offset */
                offset?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LimitNode. */
            type $Shape = laminardb.plan.LimitNode.$Properties;
        }

        /**
         * Properties of a SourceNode.
         * @deprecated Use laminardb.plan.SourceNode.$Properties instead.
         */
        interface ISourceNode extends laminardb.plan.SourceNode.$Properties {
        }

        /** Represents a SourceNode. */
        class SourceNode {

            /**
             * Constructs a new SourceNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.SourceNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SourceNode connector. */
            connector: string;

            /** SourceNode options. */
            options: { [k: string]: string };

            /** SourceNode schema. */
            schema?: (laminardb.plan.Schema.$Properties|null);

            /**
             * Creates a new SourceNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SourceNode instance
             */
            static create(properties: laminardb.plan.SourceNode.$Shape): laminardb.plan.SourceNode & laminardb.plan.SourceNode.$Shape;
            static create(properties?: laminardb.plan.SourceNode.$Properties): laminardb.plan.SourceNode;

            /**
             * Encodes the specified SourceNode message. Does not implicitly {@link laminardb.plan.SourceNode.verify|verify} messages.
             * @param message SourceNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.SourceNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SourceNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.SourceNode & laminardb.plan.SourceNode.$Shape} SourceNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.SourceNode & laminardb.plan.SourceNode.$Shape;

            /**
             * Verifies a SourceNode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SourceNode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SourceNode
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.SourceNode;

            /**
             * Creates a plain object from a SourceNode message. Also converts values to other types if specified.
             * @param message SourceNode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.SourceNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SourceNode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SourceNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SourceNode {

            /** Properties of a SourceNode. */
            interface $Properties {

                /** SourceNode connector */
                connector?: (string|null);

                /** SourceNode options */
                options?: ({ [k: string]: string }|null);

                /** SourceNode schema */
                schema?: (laminardb.plan.Schema.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SourceNode. */
            type $Shape = laminardb.plan.SourceNode.$Properties;
        }

        /**
         * Properties of a WatermarkNode.
         * @deprecated Use laminardb.plan.WatermarkNode.$Properties instead.
         */
        interface IWatermarkNode extends laminardb.plan.WatermarkNode.$Properties {
        }

        /** Represents a WatermarkNode. */
        class WatermarkNode {

            /**
             * Constructs a new WatermarkNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.WatermarkNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WatermarkNode column. */
            column: string;

            /** WatermarkNode delayMs. */
            delayMs: number;

            /** WatermarkNode intervalMs. */
            intervalMs: number;

            /** WatermarkNode keepLate. */
            keepLate: boolean;

            /** WatermarkNode partitionColumn. */
            partitionColumn: string;

            /** WatermarkNode idleTimeoutMs. */
            idleTimeoutMs: number;

            /** WatermarkNode alignmentGroup. */
            alignmentGroup: string;

            /** WatermarkNode alignmentMaxDriftMs. */
            alignmentMaxDriftMs: number;

            /**
             * Creates a new WatermarkNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WatermarkNode instance
             */
            static create(properties: laminardb.plan.WatermarkNode.$Shape): laminardb.plan.WatermarkNode & laminardb.plan.WatermarkNode.$Shape;
            static create(properties?: laminardb.plan.WatermarkNode.$Properties): laminardb.plan.WatermarkNode;

            /**
             * Encodes the specified WatermarkNode message. Does not implicitly {@link laminardb.plan.WatermarkNode.verify|verify} messages.
             * @param message WatermarkNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.WatermarkNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WatermarkNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.WatermarkNode & laminardb.plan.WatermarkNode.$Shape} WatermarkNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.WatermarkNode & laminardb.plan.WatermarkNode.$Shape;

            /**
             * Verifies a WatermarkNode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WatermarkNode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WatermarkNode
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.WatermarkNode;

            /**
             * Creates a plain object from a WatermarkNode message. Also converts values to other types if specified.
             * @param message WatermarkNode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.WatermarkNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WatermarkNode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WatermarkNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WatermarkNode {

            /** Properties of a WatermarkNode. */
            interface $Properties {

                /** WatermarkNode column */
                column?: (string|null);

                /** WatermarkNode delayMs */
                delayMs?: (number|null);

                /** WatermarkNode intervalMs */
                intervalMs?: (number|null);

                /** WatermarkNode keepLate */
                keepLate?: (boolean|null);

                /** WatermarkNode partitionColumn */
                partitionColumn?: (string|null);

                /** WatermarkNode idleTimeoutMs */
                idleTimeoutMs?: (number|null);

                /** WatermarkNode alignmentGroup */
                alignmentGroup?: (string|null);

                /** WatermarkNode alignmentMaxDriftMs */
                alignmentMaxDriftMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WatermarkNode. */
            type $Shape = laminardb.plan.WatermarkNode.$Properties;
        }

        /**
         * Properties of a FilterNode.
         * @deprecated Use laminardb.plan.FilterNode.$Properties instead.
         */
        interface IFilterNode extends laminardb.plan.FilterNode.$Properties {
        }

        /** Represents a FilterNode. */
        class FilterNode {

            /**
             * Constructs a new FilterNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.FilterNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FilterNode failOnError. */
            failOnError: boolean;

            /** FilterNode expr. */
            expr?: (laminardb.plan.Expr.$Properties|null);

            /** FilterNode rowFunction. */
            rowFunction?: (string|null);

            /** FilterNode predicate. */
            predicate?: ("expr"|"rowFunction");

            /**
             * Creates a new FilterNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FilterNode instance
             */
            static create(properties: laminardb.plan.FilterNode.$Shape): laminardb.plan.FilterNode & laminardb.plan.FilterNode.$Shape;
            static create(properties?: laminardb.plan.FilterNode.$Properties): laminardb.plan.FilterNode;

            /**
             * Encodes the specified FilterNode message. Does not implicitly {@link laminardb.plan.FilterNode.verify|verify} messages.
             * @param message FilterNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.FilterNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FilterNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.FilterNode & laminardb.plan.FilterNode.$Shape} FilterNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.FilterNode & laminardb.plan.FilterNode.$Shape;

            /**
             * Verifies a FilterNode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FilterNode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FilterNode
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.FilterNode;

            /**
             * Creates a plain object from a FilterNode message. Also converts values to other types if specified.
             * @param message FilterNode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.FilterNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FilterNode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FilterNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FilterNode {

            /** Properties of a FilterNode. */
            interface $Properties {

                /** FilterNode failOnError */
                failOnError?: (boolean|null);

                /** FilterNode expr */
                expr?: (laminardb.plan.Expr.$Properties|null);

                /** FilterNode rowFunction */
                rowFunction?: (string|null);

                /** FilterNode predicate */
                predicate?: ("expr"|"rowFunction");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a FilterNode. */
            type $Shape = {
              failOnError?: boolean|null;
              expr?: laminardb.plan.Expr.$Shape|null;
              rowFunction?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ predicate?: undefined; expr?: null; rowFunction?: null }|{ predicate?: "expr"; expr: laminardb.plan.Expr.$Shape; rowFunction?: null }|{ predicate?: "rowFunction"; expr?: null; rowFunction: string })
            );
        }

        /**
         * Properties of a NamedExpr.
         * @deprecated Use laminardb.plan.NamedExpr.$Properties instead.
         */
        interface INamedExpr extends laminardb.plan.NamedExpr.$Properties {
        }

        /** Represents a NamedExpr. */
        class NamedExpr {

            /**
             * Constructs a new NamedExpr.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.NamedExpr.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NamedExpr name. */
            name: string;

            /** NamedExpr expr. */
            expr?: (laminardb.plan.Expr.$Properties|null);

            /**
             * Creates a new NamedExpr instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NamedExpr instance
             */
            static create(properties: laminardb.plan.NamedExpr.$Shape): laminardb.plan.NamedExpr & laminardb.plan.NamedExpr.$Shape;
            static create(properties?: laminardb.plan.NamedExpr.$Properties): laminardb.plan.NamedExpr;

            /**
             * Encodes the specified NamedExpr message. Does not implicitly {@link laminardb.plan.NamedExpr.verify|verify} messages.
             * @param message NamedExpr message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.NamedExpr.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NamedExpr message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.NamedExpr & laminardb.plan.NamedExpr.$Shape} NamedExpr
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.NamedExpr & laminardb.plan.NamedExpr.$Shape;

            /**
             * Verifies a NamedExpr message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NamedExpr message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NamedExpr
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.NamedExpr;

            /**
             * Creates a plain object from a NamedExpr message. Also converts values to other types if specified.
             * @param message NamedExpr
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.NamedExpr, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NamedExpr to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NamedExpr
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NamedExpr {

            /** Properties of a NamedExpr. */
            interface $Properties {

                /** NamedExpr name */
                name?: (string|null);

                /** NamedExpr expr */
                expr?: (laminardb.plan.Expr.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NamedExpr. */
            type $Shape = {
              name?: string|null;
              expr?: laminardb.plan.Expr.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a ProjectNode.
         * @deprecated Use laminardb.plan.ProjectNode.$Properties instead.
         */
        interface IProjectNode extends laminardb.plan.ProjectNode.$Properties {
        }

        /** Represents a ProjectNode. */
        class ProjectNode {

            /**
             * Constructs a new ProjectNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.ProjectNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProjectNode exprs. */
            exprs: laminardb.plan.NamedExpr.$Properties[];

            /** ProjectNode failOnError. */
            failOnError: boolean;

            /**
             * Creates a new ProjectNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProjectNode instance
             */
            static create(properties: laminardb.plan.ProjectNode.$Shape): laminardb.plan.ProjectNode & laminardb.plan.ProjectNode.$Shape;
            static create(properties?: laminardb.plan.ProjectNode.$Properties): laminardb.plan.ProjectNode;

            /**
             * Encodes the specified ProjectNode message. Does not implicitly {@link laminardb.plan.ProjectNode.verify|verify} messages.
             * @param message ProjectNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.ProjectNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProjectNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.ProjectNode & laminardb.plan.ProjectNode.$Shape} ProjectNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.ProjectNode & laminardb.plan.ProjectNode.$Shape;

            /**
             * Verifies a ProjectNode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProjectNode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProjectNode
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.ProjectNode;

            /**
             * Creates a plain object from a ProjectNode message. Also converts values to other types if specified.
             * @param message ProjectNode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.ProjectNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProjectNode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProjectNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProjectNode {

            /** Properties of a ProjectNode. */
            interface $Properties {

                /** ProjectNode exprs */
                exprs?: (laminardb.plan.NamedExpr.$Properties[]|null);

                /** ProjectNode failOnError */
                failOnError?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProjectNode. */
            type $Shape = {
              exprs?: laminardb.plan.NamedExpr.$Shape[]|null;
              failOnError?: boolean|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a MapNode.
         * @deprecated Use laminardb.plan.MapNode.$Properties instead.
         */
        interface IMapNode extends laminardb.plan.MapNode.$Properties {
        }

        /** Represents a MapNode. */
        class MapNode {

            /**
             * Constructs a new MapNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.MapNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MapNode rowFunction. */
            rowFunction: string;

            /** MapNode output. */
            output?: (laminardb.plan.Schema.$Properties|null);

            /**
             * Creates a new MapNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MapNode instance
             */
            static create(properties: laminardb.plan.MapNode.$Shape): laminardb.plan.MapNode & laminardb.plan.MapNode.$Shape;
            static create(properties?: laminardb.plan.MapNode.$Properties): laminardb.plan.MapNode;

            /**
             * Encodes the specified MapNode message. Does not implicitly {@link laminardb.plan.MapNode.verify|verify} messages.
             * @param message MapNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.MapNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MapNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.MapNode & laminardb.plan.MapNode.$Shape} MapNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.MapNode & laminardb.plan.MapNode.$Shape;

            /**
             * Verifies a MapNode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MapNode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MapNode
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.MapNode;

            /**
             * Creates a plain object from a MapNode message. Also converts values to other types if specified.
             * @param message MapNode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.MapNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MapNode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MapNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MapNode {

            /** Properties of a MapNode. */
            interface $Properties {

                /** MapNode rowFunction */
                rowFunction?: (string|null);

                /** MapNode output */
                output?: (laminardb.plan.Schema.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MapNode. */
            type $Shape = laminardb.plan.MapNode.$Properties;
        }

        /**
         * Properties of a UnionNode.
         * @deprecated Use laminardb.plan.UnionNode.$Properties instead.
         */
        interface IUnionNode extends laminardb.plan.UnionNode.$Properties {
        }

        /** Represents a UnionNode. */
        class UnionNode {

            /**
             * Constructs a new UnionNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.UnionNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new UnionNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnionNode instance
             */
            static create(properties: laminardb.plan.UnionNode.$Shape): laminardb.plan.UnionNode & laminardb.plan.UnionNode.$Shape;
            static create(properties?: laminardb.plan.UnionNode.$Properties): laminardb.plan.UnionNode;

            /**
             * Encodes the specified UnionNode message. Does not implicitly {@link laminardb.plan.UnionNode.verify|verify} messages.
             * @param message UnionNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.UnionNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UnionNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.UnionNode & laminardb.plan.UnionNode.$Shape} UnionNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.UnionNode & laminardb.plan.UnionNode.$Shape;

            /**
             * Verifies a UnionNode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a UnionNode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UnionNode
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.UnionNode;

            /**
             * Creates a plain object from a UnionNode message. Also converts values to other types if specified.
             * @param message UnionNode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.UnionNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UnionNode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UnionNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UnionNode {

            /** Properties of a UnionNode. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UnionNode. */
            type $Shape = laminardb.plan.UnionNode.$Properties;
        }

        /**
         * Properties of a TumblingWindow.
         * @deprecated Use laminardb.plan.TumblingWindow.$Properties instead.
         */
        interface ITumblingWindow extends laminardb.plan.TumblingWindow.$Properties {
        }

        /** Represents a TumblingWindow. */
        class TumblingWindow {

            /**
             * Constructs a new TumblingWindow.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.TumblingWindow.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TumblingWindow sizeMs. */
            sizeMs: number;

            /** TumblingWindow offsetMs. */
            offsetMs: number;

            /**
             * Creates a new TumblingWindow instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TumblingWindow instance
             */
            static create(properties: laminardb.plan.TumblingWindow.$Shape): laminardb.plan.TumblingWindow & laminardb.plan.TumblingWindow.$Shape;
            static create(properties?: laminardb.plan.TumblingWindow.$Properties): laminardb.plan.TumblingWindow;

            /**
             * Encodes the specified TumblingWindow message. Does not implicitly {@link laminardb.plan.TumblingWindow.verify|verify} messages.
             * @param message TumblingWindow message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.TumblingWindow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TumblingWindow message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.TumblingWindow & laminardb.plan.TumblingWindow.$Shape} TumblingWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.TumblingWindow & laminardb.plan.TumblingWindow.$Shape;

            /**
             * Verifies a TumblingWindow message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TumblingWindow message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TumblingWindow
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.TumblingWindow;

            /**
             * Creates a plain object from a TumblingWindow message. Also converts values to other types if specified.
             * @param message TumblingWindow
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.TumblingWindow, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TumblingWindow to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TumblingWindow
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TumblingWindow {

            /** Properties of a TumblingWindow. */
            interface $Properties {

                /** TumblingWindow sizeMs */
                sizeMs?: (number|null);

                /** TumblingWindow offsetMs */
                offsetMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TumblingWindow. */
            type $Shape = laminardb.plan.TumblingWindow.$Properties;
        }

        /**
         * Properties of a SlidingWindow.
         * @deprecated Use laminardb.plan.SlidingWindow.$Properties instead.
         */
        interface ISlidingWindow extends laminardb.plan.SlidingWindow.$Properties {
        }

        /** Represents a SlidingWindow. */
        class SlidingWindow {

            /**
             * Constructs a new SlidingWindow.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.SlidingWindow.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SlidingWindow sizeMs. */
            sizeMs: number;

            /** SlidingWindow slideMs. */
            slideMs: number;

            /** SlidingWindow offsetMs. */
            offsetMs: number;

            /**
             * Creates a new SlidingWindow instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SlidingWindow instance
             */
            static create(properties: laminardb.plan.SlidingWindow.$Shape): laminardb.plan.SlidingWindow & laminardb.plan.SlidingWindow.$Shape;
            static create(properties?: laminardb.plan.SlidingWindow.$Properties): laminardb.plan.SlidingWindow;

            /**
             * Encodes the specified SlidingWindow message. Does not implicitly {@link laminardb.plan.SlidingWindow.verify|verify} messages.
             * @param message SlidingWindow message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.SlidingWindow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SlidingWindow message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.SlidingWindow & laminardb.plan.SlidingWindow.$Shape} SlidingWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.SlidingWindow & laminardb.plan.SlidingWindow.$Shape;

            /**
             * Verifies a SlidingWindow message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SlidingWindow message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SlidingWindow
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.SlidingWindow;

            /**
             * Creates a plain object from a SlidingWindow message. Also converts values to other types if specified.
             * @param message SlidingWindow
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.SlidingWindow, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SlidingWindow to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SlidingWindow
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SlidingWindow {

            /** Properties of a SlidingWindow. */
            interface $Properties {

                /** SlidingWindow sizeMs */
                sizeMs?: (number|null);

                /** SlidingWindow slideMs */
                slideMs?: (number|null);

                /** SlidingWindow offsetMs */
                offsetMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SlidingWindow. */
            type $Shape = laminardb.plan.SlidingWindow.$Properties;
        }

        /**
         * Properties of a CumulateWindow.
         * @deprecated Use laminardb.plan.CumulateWindow.$Properties instead.
         */
        interface ICumulateWindow extends laminardb.plan.CumulateWindow.$Properties {
        }

        /** Represents a CumulateWindow. */
        class CumulateWindow {

            /**
             * Constructs a new CumulateWindow.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.CumulateWindow.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CumulateWindow stepMs. */
            stepMs: number;

            /** CumulateWindow sizeMs. */
            sizeMs: number;

            /** CumulateWindow offsetMs. */
            offsetMs: number;

            /**
             * Creates a new CumulateWindow instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CumulateWindow instance
             */
            static create(properties: laminardb.plan.CumulateWindow.$Shape): laminardb.plan.CumulateWindow & laminardb.plan.CumulateWindow.$Shape;
            static create(properties?: laminardb.plan.CumulateWindow.$Properties): laminardb.plan.CumulateWindow;

            /**
             * Encodes the specified CumulateWindow message. Does not implicitly {@link laminardb.plan.CumulateWindow.verify|verify} messages.
             * @param message CumulateWindow message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.CumulateWindow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CumulateWindow message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.CumulateWindow & laminardb.plan.CumulateWindow.$Shape} CumulateWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.CumulateWindow & laminardb.plan.CumulateWindow.$Shape;

            /**
             * Verifies a CumulateWindow message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CumulateWindow message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CumulateWindow
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.CumulateWindow;

            /**
             * Creates a plain object from a CumulateWindow message. Also converts values to other types if specified.
             * @param message CumulateWindow
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.CumulateWindow, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CumulateWindow to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CumulateWindow
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CumulateWindow {

            /** Properties of a CumulateWindow. */
            interface $Properties {

                /** CumulateWindow stepMs */
                stepMs?: (number|null);

                /** CumulateWindow sizeMs */
                sizeMs?: (number|null);

                /** CumulateWindow offsetMs */
                offsetMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CumulateWindow. */
            type $Shape = laminardb.plan.CumulateWindow.$Properties;
        }

        /**
         * Properties of a SessionWindow.
         * @deprecated Use laminardb.plan.SessionWindow.$Properties instead.
         */
        interface ISessionWindow extends laminardb.plan.SessionWindow.$Properties {
        }

        /** Represents a SessionWindow. */
        class SessionWindow {

            /**
             * Constructs a new SessionWindow.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.SessionWindow.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SessionWindow gapMs. */
            gapMs: number;

            /**
             * Creates a new SessionWindow instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SessionWindow instance
             */
            static create(properties: laminardb.plan.SessionWindow.$Shape): laminardb.plan.SessionWindow & laminardb.plan.SessionWindow.$Shape;
            static create(properties?: laminardb.plan.SessionWindow.$Properties): laminardb.plan.SessionWindow;

            /**
             * Encodes the specified SessionWindow message. Does not implicitly {@link laminardb.plan.SessionWindow.verify|verify} messages.
             * @param message SessionWindow message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.SessionWindow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SessionWindow message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.SessionWindow & laminardb.plan.SessionWindow.$Shape} SessionWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.SessionWindow & laminardb.plan.SessionWindow.$Shape;

            /**
             * Verifies a SessionWindow message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SessionWindow message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SessionWindow
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.SessionWindow;

            /**
             * Creates a plain object from a SessionWindow message. Also converts values to other types if specified.
             * @param message SessionWindow
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.SessionWindow, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SessionWindow to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SessionWindow
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SessionWindow {

            /** Properties of a SessionWindow. */
            interface $Properties {

                /** SessionWindow gapMs */
                gapMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SessionWindow. */
            type $Shape = laminardb.plan.SessionWindow.$Properties;
        }

        /**
         * Properties of a Window.
         * @deprecated Use laminardb.plan.Window.$Properties instead.
         */
        interface IWindow extends laminardb.plan.Window.$Properties {
        }

        /** Represents a Window. */
        class Window {

            /**
             * Constructs a new Window.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.Window.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Window tumbling. */
            tumbling?: (laminardb.plan.TumblingWindow.$Properties|null);

            /** Window sliding. */
            sliding?: (laminardb.plan.SlidingWindow.$Properties|null);

            /** Window cumulate. */
            cumulate?: (laminardb.plan.CumulateWindow.$Properties|null);

            /** Window session. */
            session?: (laminardb.plan.SessionWindow.$Properties|null);

            /** Window kind. */
            kind?: ("tumbling"|"sliding"|"cumulate"|"session");

            /**
             * Creates a new Window instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Window instance
             */
            static create(properties: laminardb.plan.Window.$Shape): laminardb.plan.Window & laminardb.plan.Window.$Shape;
            static create(properties?: laminardb.plan.Window.$Properties): laminardb.plan.Window;

            /**
             * Encodes the specified Window message. Does not implicitly {@link laminardb.plan.Window.verify|verify} messages.
             * @param message Window message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.Window.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Window message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.Window & laminardb.plan.Window.$Shape} Window
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.Window & laminardb.plan.Window.$Shape;

            /**
             * Verifies a Window message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Window message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Window
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.Window;

            /**
             * Creates a plain object from a Window message. Also converts values to other types if specified.
             * @param message Window
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.Window, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Window to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Window
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Window {

            /** Properties of a Window. */
            interface $Properties {

                /** Window tumbling */
                tumbling?: (laminardb.plan.TumblingWindow.$Properties|null);

                /** Window sliding */
                sliding?: (laminardb.plan.SlidingWindow.$Properties|null);

                /** Window cumulate */
                cumulate?: (laminardb.plan.CumulateWindow.$Properties|null);

                /** Window session */
                session?: (laminardb.plan.SessionWindow.$Properties|null);

                /** Window kind */
                kind?: ("tumbling"|"sliding"|"cumulate"|"session");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Window. */
            type $Shape = {
              tumbling?: laminardb.plan.TumblingWindow.$Shape|null;
              sliding?: laminardb.plan.SlidingWindow.$Shape|null;
              cumulate?: laminardb.plan.CumulateWindow.$Shape|null;
              session?: laminardb.plan.SessionWindow.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; tumbling?: null; sliding?: null; cumulate?: null; session?: null }|{ kind?: "tumbling"; tumbling: laminardb.plan.TumblingWindow.$Shape; sliding?: null; cumulate?: null; session?: null }|{ kind?: "sliding"; tumbling?: null; sliding: laminardb.plan.SlidingWindow.$Shape; cumulate?: null; session?: null }|{ kind?: "cumulate"; tumbling?: null; sliding?: null; cumulate: laminardb.plan.CumulateWindow.$Shape; session?: null }|{ kind?: "session"; tumbling?: null; sliding?: null; cumulate?: null; session: laminardb.plan.SessionWindow.$Shape })
            );
        }

        /**
         * Properties of an Emit.
         * @deprecated Use laminardb.plan.Emit.$Properties instead.
         */
        interface IEmit extends laminardb.plan.Emit.$Properties {
        }

        /** Represents an Emit. */
        class Emit {

            /**
             * Constructs a new Emit.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.Emit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Emit mode. */
            mode: laminardb.plan.Emit.Mode;

            /** Emit everyMs. */
            everyMs: number;

            /**
             * Creates a new Emit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Emit instance
             */
            static create(properties: laminardb.plan.Emit.$Shape): laminardb.plan.Emit & laminardb.plan.Emit.$Shape;
            static create(properties?: laminardb.plan.Emit.$Properties): laminardb.plan.Emit;

            /**
             * Encodes the specified Emit message. Does not implicitly {@link laminardb.plan.Emit.verify|verify} messages.
             * @param message Emit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.Emit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Emit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.Emit & laminardb.plan.Emit.$Shape} Emit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.Emit & laminardb.plan.Emit.$Shape;

            /**
             * Verifies an Emit message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Emit message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Emit
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.Emit;

            /**
             * Creates a plain object from an Emit message. Also converts values to other types if specified.
             * @param message Emit
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.Emit, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Emit to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Emit
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Emit {

            /** Properties of an Emit. */
            interface $Properties {

                /** Emit mode */
                mode?: (laminardb.plan.Emit.Mode|null);

                /** Emit everyMs */
                everyMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Emit. */
            type $Shape = laminardb.plan.Emit.$Properties;

            /** Mode enum. */
            enum Mode {

                /** ON_CLOSE value */
                ON_CLOSE = 0,

                /** FINAL value */
                FINAL = 1,

                /** ON_UPDATE value */
                ON_UPDATE = 2,

                /** CHANGES value */
                CHANGES = 3,

                /** EVERY value */
                EVERY = 4
            }
        }

        /**
         * Properties of an AggregateCall.
         * @deprecated Use laminardb.plan.AggregateCall.$Properties instead.
         */
        interface IAggregateCall extends laminardb.plan.AggregateCall.$Properties {
        }

        /** Represents an AggregateCall. */
        class AggregateCall {

            /**
             * Constructs a new AggregateCall.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.AggregateCall.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AggregateCall name. */
            name: string;

            /** AggregateCall function. */
            function: string;

            /** AggregateCall args. */
            args: laminardb.plan.Expr.$Properties[];

            /** AggregateCall distinct. */
            distinct: boolean;

            /** AggregateCall filter. */
            filter?: (laminardb.plan.Expr.$Properties|null);

            /** AggregateCall orderBy. */
            orderBy: laminardb.plan.SortKey.$Properties[];

            /**
             * Creates a new AggregateCall instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AggregateCall instance
             */
            static create(properties: laminardb.plan.AggregateCall.$Shape): laminardb.plan.AggregateCall & laminardb.plan.AggregateCall.$Shape;
            static create(properties?: laminardb.plan.AggregateCall.$Properties): laminardb.plan.AggregateCall;

            /**
             * Encodes the specified AggregateCall message. Does not implicitly {@link laminardb.plan.AggregateCall.verify|verify} messages.
             * @param message AggregateCall message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.AggregateCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AggregateCall message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.AggregateCall & laminardb.plan.AggregateCall.$Shape} AggregateCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.AggregateCall & laminardb.plan.AggregateCall.$Shape;

            /**
             * Verifies an AggregateCall message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AggregateCall message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AggregateCall
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.AggregateCall;

            /**
             * Creates a plain object from an AggregateCall message. Also converts values to other types if specified.
             * @param message AggregateCall
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.AggregateCall, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AggregateCall to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AggregateCall
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AggregateCall {

            /** Properties of an AggregateCall. */
            interface $Properties {

                /** AggregateCall name */
                name?: (string|null);

                /** AggregateCall function */
                "function"?: (string|null);

                /** AggregateCall args */
                args?: (laminardb.plan.Expr.$Properties[]|null);

                /** AggregateCall distinct */
                distinct?: (boolean|null);

                /** AggregateCall filter */
                filter?: (laminardb.plan.Expr.$Properties|null);

                /** AggregateCall orderBy */
                orderBy?: (laminardb.plan.SortKey.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AggregateCall. */
            type $Shape = {
              name?: string|null;
              "Function"?: string|null;
              args?: laminardb.plan.Expr.$Shape[]|null;
              distinct?: boolean|null;
              filter?: laminardb.plan.Expr.$Shape|null;
              orderBy?: laminardb.plan.SortKey.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a WindowAggregateNode.
         * @deprecated Use laminardb.plan.WindowAggregateNode.$Properties instead.
         */
        interface IWindowAggregateNode extends laminardb.plan.WindowAggregateNode.$Properties {
        }

        /** Represents a WindowAggregateNode. */
        class WindowAggregateNode {

            /**
             * Constructs a new WindowAggregateNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.WindowAggregateNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WindowAggregateNode keys. */
            keys: string[];

            /** WindowAggregateNode window. */
            window?: (laminardb.plan.Window.$Properties|null);

            /** WindowAggregateNode aggregates. */
            aggregates: laminardb.plan.AggregateCall.$Properties[];

            /** WindowAggregateNode timeColumn. */
            timeColumn: string;

            /** WindowAggregateNode emit. */
            emit?: (laminardb.plan.Emit.$Properties|null);

            /** WindowAggregateNode latenessMs. */
            latenessMs: number;

            /** WindowAggregateNode keyed. */
            keyed?: (laminardb.plan.KeyedWatermark.$Properties|null);

            /**
             * Creates a new WindowAggregateNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WindowAggregateNode instance
             */
            static create(properties: laminardb.plan.WindowAggregateNode.$Shape): laminardb.plan.WindowAggregateNode & laminardb.plan.WindowAggregateNode.$Shape;
            static create(properties?: laminardb.plan.WindowAggregateNode.$Properties): laminardb.plan.WindowAggregateNode;

            /**
             * Encodes the specified WindowAggregateNode message. Does not implicitly {@link laminardb.plan.WindowAggregateNode.verify|verify} messages.
             * @param message WindowAggregateNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.WindowAggregateNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WindowAggregateNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.WindowAggregateNode & laminardb.plan.WindowAggregateNode.$Shape} WindowAggregateNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.WindowAggregateNode & laminardb.plan.WindowAggregateNode.$Shape;

            /**
             * Verifies a WindowAggregateNode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WindowAggregateNode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WindowAggregateNode
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.WindowAggregateNode;

            /**
             * Creates a plain object from a WindowAggregateNode message. Also converts values to other types if specified.
             * @param message WindowAggregateNode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.WindowAggregateNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WindowAggregateNode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WindowAggregateNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WindowAggregateNode {

            /** Properties of a WindowAggregateNode. */
            interface $Properties {

                /** WindowAggregateNode keys */
                keys?: (string[]|null);

                /** WindowAggregateNode window */
                window?: (laminardb.plan.Window.$Properties|null);

                /** WindowAggregateNode aggregates */
                aggregates?: (laminardb.plan.AggregateCall.$Properties[]|null);

                /** WindowAggregateNode timeColumn */
                timeColumn?: (string|null);

                /** WindowAggregateNode emit */
                emit?: (laminardb.plan.Emit.$Properties|null);

                /** WindowAggregateNode latenessMs */
                latenessMs?: (number|null);

                /** WindowAggregateNode keyed */
                keyed?: (laminardb.plan.KeyedWatermark.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WindowAggregateNode. */
            type $Shape = {
              keys?: string[]|null;
              window?: laminardb.plan.Window.$Shape|null;
              aggregates?: laminardb.plan.AggregateCall.$Shape[]|null;
              timeColumn?: string|null;
              emit?: laminardb.plan.Emit.$Shape|null;
              latenessMs?: number|null;
              keyed?: laminardb.plan.KeyedWatermark.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a KeyedWatermark.
         * @deprecated Use laminardb.plan.KeyedWatermark.$Properties instead.
         */
        interface IKeyedWatermark extends laminardb.plan.KeyedWatermark.$Properties {
        }

        /** Represents a KeyedWatermark. */
        class KeyedWatermark {

            /**
             * Constructs a new KeyedWatermark.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.KeyedWatermark.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KeyedWatermark delayMs. */
            delayMs: number;

            /** KeyedWatermark idleMs. */
            idleMs: number;

            /**
             * Creates a new KeyedWatermark instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KeyedWatermark instance
             */
            static create(properties: laminardb.plan.KeyedWatermark.$Shape): laminardb.plan.KeyedWatermark & laminardb.plan.KeyedWatermark.$Shape;
            static create(properties?: laminardb.plan.KeyedWatermark.$Properties): laminardb.plan.KeyedWatermark;

            /**
             * Encodes the specified KeyedWatermark message. Does not implicitly {@link laminardb.plan.KeyedWatermark.verify|verify} messages.
             * @param message KeyedWatermark message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.KeyedWatermark.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeyedWatermark message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.KeyedWatermark & laminardb.plan.KeyedWatermark.$Shape} KeyedWatermark
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.KeyedWatermark & laminardb.plan.KeyedWatermark.$Shape;

            /**
             * Verifies a KeyedWatermark message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a KeyedWatermark message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns KeyedWatermark
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.KeyedWatermark;

            /**
             * Creates a plain object from a KeyedWatermark message. Also converts values to other types if specified.
             * @param message KeyedWatermark
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.KeyedWatermark, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this KeyedWatermark to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for KeyedWatermark
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeyedWatermark {

            /** Properties of a KeyedWatermark. */
            interface $Properties {

                /** KeyedWatermark delayMs */
                delayMs?: (number|null);

                /** KeyedWatermark idleMs */
                idleMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeyedWatermark. */
            type $Shape = laminardb.plan.KeyedWatermark.$Properties;
        }

        /**
         * Properties of a GroupAggregateNode.
         * @deprecated Use laminardb.plan.GroupAggregateNode.$Properties instead.
         */
        interface IGroupAggregateNode extends laminardb.plan.GroupAggregateNode.$Properties {
        }

        /** Represents a GroupAggregateNode. */
        class GroupAggregateNode {

            /**
             * Constructs a new GroupAggregateNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.GroupAggregateNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupAggregateNode keys. */
            keys: string[];

            /** GroupAggregateNode aggregates. */
            aggregates: laminardb.plan.AggregateCall.$Properties[];

            /** GroupAggregateNode emit. */
            emit?: (laminardb.plan.Emit.$Properties|null);

            /** GroupAggregateNode ttlMs. */
            ttlMs: number;

            /**
             * Creates a new GroupAggregateNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupAggregateNode instance
             */
            static create(properties: laminardb.plan.GroupAggregateNode.$Shape): laminardb.plan.GroupAggregateNode & laminardb.plan.GroupAggregateNode.$Shape;
            static create(properties?: laminardb.plan.GroupAggregateNode.$Properties): laminardb.plan.GroupAggregateNode;

            /**
             * Encodes the specified GroupAggregateNode message. Does not implicitly {@link laminardb.plan.GroupAggregateNode.verify|verify} messages.
             * @param message GroupAggregateNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.GroupAggregateNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupAggregateNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.GroupAggregateNode & laminardb.plan.GroupAggregateNode.$Shape} GroupAggregateNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.GroupAggregateNode & laminardb.plan.GroupAggregateNode.$Shape;

            /**
             * Verifies a GroupAggregateNode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GroupAggregateNode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupAggregateNode
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.GroupAggregateNode;

            /**
             * Creates a plain object from a GroupAggregateNode message. Also converts values to other types if specified.
             * @param message GroupAggregateNode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.GroupAggregateNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupAggregateNode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupAggregateNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupAggregateNode {

            /** Properties of a GroupAggregateNode. */
            interface $Properties {

                /** GroupAggregateNode keys */
                keys?: (string[]|null);

                /** GroupAggregateNode aggregates */
                aggregates?: (laminardb.plan.AggregateCall.$Properties[]|null);

                /** GroupAggregateNode emit */
                emit?: (laminardb.plan.Emit.$Properties|null);

                /** GroupAggregateNode ttlMs */
                ttlMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupAggregateNode. */
            type $Shape = {
              keys?: string[]|null;
              aggregates?: laminardb.plan.AggregateCall.$Shape[]|null;
              emit?: laminardb.plan.Emit.$Shape|null;
              ttlMs?: number|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a CalcStep.
         * @deprecated Use laminardb.plan.CalcStep.$Properties instead.
         */
        interface ICalcStep extends laminardb.plan.CalcStep.$Properties {
        }

        /** Represents a CalcStep. */
        class CalcStep {

            /**
             * Constructs a new CalcStep.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.CalcStep.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CalcStep filter. */
            filter?: (laminardb.plan.FilterNode.$Properties|null);

            /** CalcStep project. */
            project?: (laminardb.plan.ProjectNode.$Properties|null);

            /** CalcStep step. */
            step?: ("filter"|"project");

            /**
             * Creates a new CalcStep instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CalcStep instance
             */
            static create(properties: laminardb.plan.CalcStep.$Shape): laminardb.plan.CalcStep & laminardb.plan.CalcStep.$Shape;
            static create(properties?: laminardb.plan.CalcStep.$Properties): laminardb.plan.CalcStep;

            /**
             * Encodes the specified CalcStep message. Does not implicitly {@link laminardb.plan.CalcStep.verify|verify} messages.
             * @param message CalcStep message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.CalcStep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CalcStep message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.CalcStep & laminardb.plan.CalcStep.$Shape} CalcStep
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.CalcStep & laminardb.plan.CalcStep.$Shape;

            /**
             * Verifies a CalcStep message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CalcStep message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CalcStep
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.CalcStep;

            /**
             * Creates a plain object from a CalcStep message. Also converts values to other types if specified.
             * @param message CalcStep
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.CalcStep, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CalcStep to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CalcStep
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CalcStep {

            /** Properties of a CalcStep. */
            interface $Properties {

                /** CalcStep filter */
                filter?: (laminardb.plan.FilterNode.$Properties|null);

                /** CalcStep project */
                project?: (laminardb.plan.ProjectNode.$Properties|null);

                /** CalcStep step */
                step?: ("filter"|"project");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a CalcStep. */
            type $Shape = {
              filter?: laminardb.plan.FilterNode.$Shape|null;
              project?: laminardb.plan.ProjectNode.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ step?: undefined; filter?: null; project?: null }|{ step?: "filter"; filter: laminardb.plan.FilterNode.$Shape; project?: null }|{ step?: "project"; filter?: null; project: laminardb.plan.ProjectNode.$Shape })
            );
        }

        /**
         * Properties of a CalcNode.
         * @deprecated Use laminardb.plan.CalcNode.$Properties instead.
         */
        interface ICalcNode extends laminardb.plan.CalcNode.$Properties {
        }

        /** Represents a CalcNode. */
        class CalcNode {

            /**
             * Constructs a new CalcNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.CalcNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CalcNode steps. */
            steps: laminardb.plan.CalcStep.$Properties[];

            /**
             * Creates a new CalcNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CalcNode instance
             */
            static create(properties: laminardb.plan.CalcNode.$Shape): laminardb.plan.CalcNode & laminardb.plan.CalcNode.$Shape;
            static create(properties?: laminardb.plan.CalcNode.$Properties): laminardb.plan.CalcNode;

            /**
             * Encodes the specified CalcNode message. Does not implicitly {@link laminardb.plan.CalcNode.verify|verify} messages.
             * @param message CalcNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.CalcNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CalcNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.CalcNode & laminardb.plan.CalcNode.$Shape} CalcNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.CalcNode & laminardb.plan.CalcNode.$Shape;

            /**
             * Verifies a CalcNode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CalcNode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CalcNode
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.CalcNode;

            /**
             * Creates a plain object from a CalcNode message. Also converts values to other types if specified.
             * @param message CalcNode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.CalcNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CalcNode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CalcNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CalcNode {

            /** Properties of a CalcNode. */
            interface $Properties {

                /** CalcNode steps */
                steps?: (laminardb.plan.CalcStep.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CalcNode. */
            type $Shape = {
              steps?: laminardb.plan.CalcStep.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a SinkNode.
         * @deprecated Use laminardb.plan.SinkNode.$Properties instead.
         */
        interface ISinkNode extends laminardb.plan.SinkNode.$Properties {
        }

        /** Represents a SinkNode. */
        class SinkNode {

            /**
             * Constructs a new SinkNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.SinkNode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SinkNode connector. */
            connector: string;

            /** SinkNode options. */
            options: { [k: string]: string };

            /**
             * Creates a new SinkNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SinkNode instance
             */
            static create(properties: laminardb.plan.SinkNode.$Shape): laminardb.plan.SinkNode & laminardb.plan.SinkNode.$Shape;
            static create(properties?: laminardb.plan.SinkNode.$Properties): laminardb.plan.SinkNode;

            /**
             * Encodes the specified SinkNode message. Does not implicitly {@link laminardb.plan.SinkNode.verify|verify} messages.
             * @param message SinkNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.SinkNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SinkNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.SinkNode & laminardb.plan.SinkNode.$Shape} SinkNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.SinkNode & laminardb.plan.SinkNode.$Shape;

            /**
             * Verifies a SinkNode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SinkNode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SinkNode
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.SinkNode;

            /**
             * Creates a plain object from a SinkNode message. Also converts values to other types if specified.
             * @param message SinkNode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.SinkNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SinkNode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SinkNode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SinkNode {

            /** Properties of a SinkNode. */
            interface $Properties {

                /** SinkNode connector */
                connector?: (string|null);

                /** SinkNode options */
                options?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SinkNode. */
            type $Shape = laminardb.plan.SinkNode.$Properties;
        }

        /**
         * Properties of an Expr.
         * @deprecated Use laminardb.plan.Expr.$Properties instead.
         */
        interface IExpr extends laminardb.plan.Expr.$Properties {
        }

        /** Represents an Expr. */
        class Expr {

            /**
             * Constructs a new Expr.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.Expr.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Expr column. */
            column?: (laminardb.plan.ColumnRef.$Properties|null);

            /** Expr literal. */
            literal?: (laminardb.plan.Literal.$Properties|null);

            /** Expr call. */
            call?: (laminardb.plan.Call.$Properties|null);

            /** Expr kind. */
            kind?: ("column"|"literal"|"call");

            /**
             * Creates a new Expr instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Expr instance
             */
            static create(properties: laminardb.plan.Expr.$Shape): laminardb.plan.Expr & laminardb.plan.Expr.$Shape;
            static create(properties?: laminardb.plan.Expr.$Properties): laminardb.plan.Expr;

            /**
             * Encodes the specified Expr message. Does not implicitly {@link laminardb.plan.Expr.verify|verify} messages.
             * @param message Expr message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.Expr.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Expr message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.Expr & laminardb.plan.Expr.$Shape} Expr
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.Expr & laminardb.plan.Expr.$Shape;

            /**
             * Verifies an Expr message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Expr message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Expr
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.Expr;

            /**
             * Creates a plain object from an Expr message. Also converts values to other types if specified.
             * @param message Expr
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.Expr, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Expr to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Expr
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Expr {

            /** Properties of an Expr. */
            interface $Properties {

                /** Expr column */
                column?: (laminardb.plan.ColumnRef.$Properties|null);

                /** Expr literal */
                literal?: (laminardb.plan.Literal.$Properties|null);

                /** Expr call */
                call?: (laminardb.plan.Call.$Properties|null);

                /** Expr kind */
                kind?: ("column"|"literal"|"call");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Expr. */
            type $Shape = {
              column?: laminardb.plan.ColumnRef.$Shape|null;
              literal?: laminardb.plan.Literal.$Shape|null;
              call?: laminardb.plan.Call.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; column?: null; literal?: null; call?: null }|{ kind?: "column"; column: laminardb.plan.ColumnRef.$Shape; literal?: null; call?: null }|{ kind?: "literal"; column?: null; literal: laminardb.plan.Literal.$Shape; call?: null }|{ kind?: "call"; column?: null; literal?: null; call: laminardb.plan.Call.$Shape })
            );
        }

        /**
         * Properties of a ColumnRef.
         * @deprecated Use laminardb.plan.ColumnRef.$Properties instead.
         */
        interface IColumnRef extends laminardb.plan.ColumnRef.$Properties {
        }

        /** Represents a ColumnRef. */
        class ColumnRef {

            /**
             * Constructs a new ColumnRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.ColumnRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ColumnRef name. */
            name: string;

            /**
             * Creates a new ColumnRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ColumnRef instance
             */
            static create(properties: laminardb.plan.ColumnRef.$Shape): laminardb.plan.ColumnRef & laminardb.plan.ColumnRef.$Shape;
            static create(properties?: laminardb.plan.ColumnRef.$Properties): laminardb.plan.ColumnRef;

            /**
             * Encodes the specified ColumnRef message. Does not implicitly {@link laminardb.plan.ColumnRef.verify|verify} messages.
             * @param message ColumnRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.ColumnRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ColumnRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.ColumnRef & laminardb.plan.ColumnRef.$Shape} ColumnRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.ColumnRef & laminardb.plan.ColumnRef.$Shape;

            /**
             * Verifies a ColumnRef message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ColumnRef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ColumnRef
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.ColumnRef;

            /**
             * Creates a plain object from a ColumnRef message. Also converts values to other types if specified.
             * @param message ColumnRef
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.ColumnRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ColumnRef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ColumnRef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ColumnRef {

            /** Properties of a ColumnRef. */
            interface $Properties {

                /** ColumnRef name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ColumnRef. */
            type $Shape = laminardb.plan.ColumnRef.$Properties;
        }

        /**
         * Properties of a Literal.
         * @deprecated Use laminardb.plan.Literal.$Properties instead.
         */
        interface ILiteral extends laminardb.plan.Literal.$Properties {
        }

        /** Represents a Literal. */
        class Literal {

            /**
             * Constructs a new Literal.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.Literal.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Literal nullValue. */
            nullValue?: (boolean|null);

            /** Literal boolValue. */
            boolValue?: (boolean|null);

            /** Literal doubleValue. */
            doubleValue?: (number|null);

            /** Literal int64Value. */
            int64Value?: (string|null);

            /** Literal stringValue. */
            stringValue?: (string|null);

            /** Literal int32Value. */
            int32Value?: (number|null);

            /** Literal type. */
            type?: (laminardb.plan.DataType.$Properties|null);

            /** Literal value. */
            value?: ("nullValue"|"boolValue"|"doubleValue"|"int64Value"|"stringValue"|"int32Value");

            /**
             * Creates a new Literal instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Literal instance
             */
            static create(properties: laminardb.plan.Literal.$Shape): laminardb.plan.Literal & laminardb.plan.Literal.$Shape;
            static create(properties?: laminardb.plan.Literal.$Properties): laminardb.plan.Literal;

            /**
             * Encodes the specified Literal message. Does not implicitly {@link laminardb.plan.Literal.verify|verify} messages.
             * @param message Literal message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.Literal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Literal message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.Literal & laminardb.plan.Literal.$Shape} Literal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.Literal & laminardb.plan.Literal.$Shape;

            /**
             * Verifies a Literal message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Literal message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Literal
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.Literal;

            /**
             * Creates a plain object from a Literal message. Also converts values to other types if specified.
             * @param message Literal
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.Literal, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Literal to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Literal
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Literal {

            /** Properties of a Literal. */
            interface $Properties {

                /** Literal nullValue */
                nullValue?: (boolean|null);

                /** Literal boolValue */
                boolValue?: (boolean|null);

                /** Literal doubleValue */
                doubleValue?: (number|null);

                /** Literal int64Value */
                int64Value?: (string|null);

                /** Literal stringValue */
                stringValue?: (string|null);

                /** Literal int32Value */
                int32Value?: (number|null);

                /** Literal type */
                type?: (laminardb.plan.DataType.$Properties|null);

                /** Literal value */
                value?: ("nullValue"|"boolValue"|"doubleValue"|"int64Value"|"stringValue"|"int32Value");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Literal. */
            type $Shape = {
              nullValue?: boolean|null;
              boolValue?: boolean|null;
              doubleValue?: number|null;
              int64Value?: string|null;
              stringValue?: string|null;
              int32Value?: number|null;
              type?: laminardb.plan.DataType.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ value?: undefined; nullValue?: null; boolValue?: null; doubleValue?: null; int64Value?: null; stringValue?: null; int32Value?: null }|{ value?: "nullValue"; nullValue: boolean; boolValue?: null; doubleValue?: null; int64Value?: null; stringValue?: null; int32Value?: null }|{ value?: "boolValue"; nullValue?: null; boolValue: boolean; doubleValue?: null; int64Value?: null; stringValue?: null; int32Value?: null }|{ value?: "doubleValue"; nullValue?: null; boolValue?: null; doubleValue: number; int64Value?: null; stringValue?: null; int32Value?: null }|{ value?: "int64Value"; nullValue?: null; boolValue?: null; doubleValue?: null; int64Value: string; stringValue?: null; int32Value?: null }|{ value?: "stringValue"; nullValue?: null; boolValue?: null; doubleValue?: null; int64Value?: null; stringValue: string; int32Value?: null }|{ value?: "int32Value"; nullValue?: null; boolValue?: null; doubleValue?: null; int64Value?: null; stringValue?: null; int32Value: number })
            );
        }

        /**
         * Properties of a Call.
         * @deprecated Use laminardb.plan.Call.$Properties instead.
         */
        interface ICall extends laminardb.plan.Call.$Properties {
        }

        /** Represents a Call. */
        class Call {

            /**
             * Constructs a new Call.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.plan.Call.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Call function. */
            function: string;

            /** Call args. */
            args: laminardb.plan.Expr.$Properties[];

            /**
             * Creates a new Call instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Call instance
             */
            static create(properties: laminardb.plan.Call.$Shape): laminardb.plan.Call & laminardb.plan.Call.$Shape;
            static create(properties?: laminardb.plan.Call.$Properties): laminardb.plan.Call;

            /**
             * Encodes the specified Call message. Does not implicitly {@link laminardb.plan.Call.verify|verify} messages.
             * @param message Call message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.plan.Call.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Call message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.plan.Call & laminardb.plan.Call.$Shape} Call
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.plan.Call & laminardb.plan.Call.$Shape;

            /**
             * Verifies a Call message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Call message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Call
             */
            static fromObject(object: { [k: string]: any }): laminardb.plan.Call;

            /**
             * Creates a plain object from a Call message. Also converts values to other types if specified.
             * @param message Call
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.plan.Call, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Call to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Call
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Call {

            /** Properties of a Call. */
            interface $Properties {

                /** Call function */
                "function"?: (string|null);

                /** Call args */
                args?: (laminardb.plan.Expr.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Call. */
            type $Shape = {
              "Function"?: string|null;
              args?: laminardb.plan.Expr.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }
    }
}
