import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Plain } from "./Plain.js";
import type { Context } from "../context.js";
import { evidenceFor, relationsFor, whenReady } from "../read/readAhead.js";
import { ENTITY_EVIDENCE_FIRST, EVIDENCE_FIRST, RELATIONS_FIRST } from "../read/fieldSpecs.js";
import { checkFirst } from "../errors.js";
import { toEvidence } from "../mappers.js";
import { Document } from "../types/Document.js";
import { Entity } from "../types/Entity.js";
import { Evidence } from "../types/Evidence.js";
import { Relation } from "../types/Relation.js";
import { Direction, RelationType } from "../types/enums.js";

/** Fields every entity has; type-graphql hands them down to the five implementations. */
@Resolver(() => Entity)
export class EntityFieldsResolver {
  @FieldResolver(() => [Evidence], { description: "Passages that mention the entity, most mentions first." })
  async evidence(@Root() entity: Plain<Entity>, @Ctx() ctx: Context, @Arg("first", () => Int, { defaultValue: ENTITY_EVIDENCE_FIRST.default }) first: number): Promise<Evidence[]> {
    checkFirst(first, "first", ENTITY_EVIDENCE_FIRST.max);
    return (await ctx.loaders.entityEvidence.load(entity.id)).slice(0, first).map(toEvidence);
  }

  @FieldResolver(() => [Relation])
  relations(
    @Root() entity: Plain<Entity>,
    @Ctx() ctx: Context,
    @Arg("types", () => [RelationType], { nullable: true }) types: RelationType[] | null,
    @Arg("direction", () => Direction, { defaultValue: Direction.BOTH }) direction: Direction,
    @Arg("first", () => Int, { defaultValue: RELATIONS_FIRST.default }) first: number,
  ): Relation[] | Promise<Relation[]> {
    checkFirst(first, "first", RELATIONS_FIRST.max);
    return whenReady(relationsFor(ctx, entity, { types, direction, kinds: null }), (relations) => relations.slice(0, first));
  }

  @FieldResolver(() => Int, { description: "How many relations `relations` with the same types and direction holds before `first` cuts it." })
  relationCount(
    @Root() entity: Plain<Entity>,
    @Ctx() ctx: Context,
    @Arg("types", () => [RelationType], { nullable: true }) types: RelationType[] | null,
    @Arg("direction", () => Direction, { defaultValue: Direction.BOTH }) direction: Direction,
  ): number | Promise<number> {
    return whenReady(relationsFor(ctx, entity, { types, direction, kinds: null }), (relations) => relations.length);
  }
}

@Resolver(() => Relation)
export class RelationFieldsResolver {
  @FieldResolver(() => [Evidence], { description: "The sentences that state the relation." })
  evidence(@Root() relation: Plain<Relation>, @Ctx() ctx: Context, @Arg("first", () => Int, { defaultValue: EVIDENCE_FIRST.default }) first: number): Evidence[] | Promise<Evidence[]> {
    checkFirst(first, "first", EVIDENCE_FIRST.max);
    return whenReady(evidenceFor(ctx, relation, first), (rows) => rows.slice(0, first).map(toEvidence));
  }
}

@Resolver(() => Evidence)
export class EvidenceFieldsResolver {
  @FieldResolver(() => Document)
  async document(@Root() evidence: Plain<Evidence>, @Ctx() ctx: Context) {
    return ctx.loaders.document.load(evidence.documentId);
  }
}
