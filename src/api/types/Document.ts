import { Field, ID, Int, ObjectType } from "type-graphql";
import { Node } from "./Node.js";

@ObjectType({ simpleResolvers: true, implements: Node, description: "A source document." })
export class Document implements Node {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: "File name in the dataset." }) source!: string;
  @Field(() => Int) passageCount!: number;
  @Field(() => Int) bytes!: number;
  @Field(() => String, { description: "sha256 of the file." }) hash!: string;
}
