import { Field, Float, Int, ObjectType } from "type-graphql";
import { Document } from "./Document.js";

@ObjectType({ simpleResolvers: true, description: "A passage of a document that backs a link or mentions an entity; offsets are characters in the source file." })
export class Evidence {
  @Field(() => Document) document!: Document;
  documentId!: string;
  @Field(() => String, { nullable: true }) section!: string | null;
  @Field(() => String) text!: string;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => String, { nullable: true }) method?: string | null;
  @Field(() => Float, { nullable: true }) confidence?: number | null;
}
