/** The folder `next build` writes and `npm start` serves (`.next`, or FIXPATH_DIST_DIR). */
export declare const buildDir: string;
