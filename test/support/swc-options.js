// How swc compiles Sift's TypeScript (and the ESM-only @nestjs packages) to
// CommonJS with decorator metadata: for Jest, and for the process tests.
module.exports = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
};
