import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace laminardb. */
export namespace laminardb {

    /** Namespace checkpoint. */
    namespace checkpoint {

        /**
         * Properties of a Manifest.
         * @deprecated Use laminardb.checkpoint.Manifest.$Properties instead.
         */
        interface IManifest extends laminardb.checkpoint.Manifest.$Properties {
        }

        /** Represents a Manifest. */
        class Manifest {

            /**
             * Constructs a new Manifest.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.checkpoint.Manifest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Manifest id. */
            id: number;

            /** Manifest walSeq. */
            walSeq: number;

            /** Manifest catalog. */
            catalog: string;

            /** Manifest meta. */
            meta: { [k: string]: string };

            /** Manifest createdAt. */
            createdAt: number;

            /** Manifest committed. */
            committed: boolean;

            /** Manifest states. */
            states: laminardb.checkpoint.StateFile.$Properties[];

            /**
             * Creates a new Manifest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Manifest instance
             */
            static create(properties: laminardb.checkpoint.Manifest.$Shape): laminardb.checkpoint.Manifest & laminardb.checkpoint.Manifest.$Shape;
            static create(properties?: laminardb.checkpoint.Manifest.$Properties): laminardb.checkpoint.Manifest;

            /**
             * Encodes the specified Manifest message. Does not implicitly {@link laminardb.checkpoint.Manifest.verify|verify} messages.
             * @param message Manifest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.checkpoint.Manifest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Manifest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.checkpoint.Manifest & laminardb.checkpoint.Manifest.$Shape} Manifest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.checkpoint.Manifest & laminardb.checkpoint.Manifest.$Shape;

            /**
             * Verifies a Manifest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Manifest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Manifest
             */
            static fromObject(object: { [k: string]: any }): laminardb.checkpoint.Manifest;

            /**
             * Creates a plain object from a Manifest message. Also converts values to other types if specified.
             * @param message Manifest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.checkpoint.Manifest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Manifest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Manifest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Manifest {

            /** Properties of a Manifest. */
            interface $Properties {

                /** Manifest id */
                id?: (number|null);

                /** Manifest walSeq */
                walSeq?: (number|null);

                /** Manifest catalog */
                catalog?: (string|null);

                /** Manifest meta */
                meta?: ({ [k: string]: string }|null);

                /** Manifest createdAt */
                createdAt?: (number|null);

                /** Manifest committed */
                committed?: (boolean|null);

                /** Manifest states */
                states?: (laminardb.checkpoint.StateFile.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Manifest. */
            type $Shape = laminardb.checkpoint.Manifest.$Properties;
        }

        /**
         * Properties of a StateFile.
         * @deprecated Use laminardb.checkpoint.StateFile.$Properties instead.
         */
        interface IStateFile extends laminardb.checkpoint.StateFile.$Properties {
        }

        /** Represents a StateFile. */
        class StateFile {

            /**
             * Constructs a new StateFile.
             * @param [properties] Properties to set
             */
            constructor(properties?: laminardb.checkpoint.StateFile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StateFile actor. */
            actor: string;

            /** StateFile file. */
            file: string;

            /** StateFile size. */
            size: number;

            /** StateFile crc32c. */
            crc32c: number;

            /**
             * Creates a new StateFile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StateFile instance
             */
            static create(properties: laminardb.checkpoint.StateFile.$Shape): laminardb.checkpoint.StateFile & laminardb.checkpoint.StateFile.$Shape;
            static create(properties?: laminardb.checkpoint.StateFile.$Properties): laminardb.checkpoint.StateFile;

            /**
             * Encodes the specified StateFile message. Does not implicitly {@link laminardb.checkpoint.StateFile.verify|verify} messages.
             * @param message StateFile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: laminardb.checkpoint.StateFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StateFile message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {laminardb.checkpoint.StateFile & laminardb.checkpoint.StateFile.$Shape} StateFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): laminardb.checkpoint.StateFile & laminardb.checkpoint.StateFile.$Shape;

            /**
             * Verifies a StateFile message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StateFile message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StateFile
             */
            static fromObject(object: { [k: string]: any }): laminardb.checkpoint.StateFile;

            /**
             * Creates a plain object from a StateFile message. Also converts values to other types if specified.
             * @param message StateFile
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: laminardb.checkpoint.StateFile, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StateFile to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StateFile
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StateFile {

            /** Properties of a StateFile. */
            interface $Properties {

                /** StateFile actor */
                actor?: (string|null);

                /** StateFile file */
                file?: (string|null);

                /** StateFile size */
                size?: (number|null);

                /** StateFile crc32c */
                crc32c?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StateFile. */
            type $Shape = laminardb.checkpoint.StateFile.$Properties;
        }
    }
}
