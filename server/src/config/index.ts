/** The configuration layer: finds, validates and merges `.charterlintrc.*` files; discovers documents. */
export { ConfigService, CONFIG_FILE_NAMES, isConfigFileName, type ConfigServiceOptions, type FileConfig, type FolderConfig } from './service';
export { discoverFiles, declaredType, isDocumentFileName, matchesGlobSets, SKIPPED_FOLDERS, type Discovery } from './discover';
export { nodeHost, memoryHost, type ConfigHost, type EntryKind } from './host';
export { parseConfigText, type LoadedConfig } from './load';
export { CHECK_ELEMENTS, DOCUMENT_TYPE_NAMES, normalizeDocumentType } from './elements';
export { BUILTIN_CONFIGS, CONFIG_SCHEMA_URL } from './schema';
export { starterConfig } from './starter';
export { printConfig } from './print';
export type { ConfigFile, ConfigOverride, ConfigProblem, GlobSet, ResolvedConfig } from './types';
export { DEFAULT_MAX_FILE_SIZE, formatSize, parseSize } from './size';
