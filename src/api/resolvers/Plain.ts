/**
 * A resolver's root as it really arrives: the plain row a loader or the read-ahead built, not a class instance.
 * Typed this way on purpose. When tsc emits decorator metadata, a `@Root()` parameter typed with a class makes
 * type-graphql copy every root into a new instance of that class on every field call (`convertToType`), which
 * cost ~10 µs per field in production builds (tsx and vitest emit no metadata, so they never did it). A mapped
 * type is emitted as `Object`, which type-graphql passes through untouched.
 */
export type Plain<T> = { [K in keyof T]: T[K] };
