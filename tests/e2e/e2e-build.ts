/** The browser tests' build folder, apart from the `.next` that `npm start` serves to a user. */
export const E2E_BUILD_DIR = '.next-e2e';
