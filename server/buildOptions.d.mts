import type { BuildOptions } from 'esbuild';
export declare const SERVER_BUILD_OPTIONS: BuildOptions;
