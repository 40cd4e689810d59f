import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Plain } from "./Plain.js";
import type { Context } from "../context.js";
import { checkFirst } from "../errors.js";
import { toEvidence } from "../mappers.js";
import { Evidence } from "../types/Evidence.js";
import { PathStep } from "../types/pages.js";

@Resolver(() => PathStep)
export class PathStepResolver {
  @FieldResolver(() => [Evidence])
  async evidence(@Root() step: Plain<PathStep>, @Ctx() ctx: Context, @Arg("first", () => Int, { defaultValue: 1 }) first: number): Promise<Evidence[]> {
    checkFirst(first);
    return (await ctx.loaders.relationEvidence.load(step.relationId)).slice(0, first).map(toEvidence);
  }
}
