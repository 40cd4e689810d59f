import { Field, Float, Int, ObjectType } from "type-graphql";
import { Entity } from "./Entity.js";

@ObjectType({ simpleResolvers: true })
export class Health {
  @Field(() => Boolean, { description: "Whether Neo4j answered." }) neo4j!: boolean;
  @Field(() => String, { nullable: true }) version!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class SearchHit {
  @Field(() => Entity) entity!: Entity;
  @Field(() => Float, { description: "Ranking score, higher first: an exact match of the whole text on a name, acronym or alias outweighs everything, each search word matched weighs more than relevance, then the whole phrase, then Lucene's relevance." })
  score!: number;
}

@ObjectType({ simpleResolvers: true })
export class Count {
  @Field(() => String) key!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ simpleResolvers: true })
export class Stats {
  @Field(() => [Count]) entitiesByKind!: Count[];
  @Field(() => [Count]) relationsByType!: Count[];
  @Field(() => Int) documents!: number;
  @Field(() => Int) passages!: number;
}
