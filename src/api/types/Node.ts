import { Field, ID, InterfaceType } from "type-graphql";

@InterfaceType({ description: "Anything with a global id." })
export abstract class Node {
  @Field(() => ID)
  id!: string;
}
