/**
 * The words after a name that give it a second one: ", also called Y", ", known as Y", ", formerly the Y". A title
 * field's value drops such a clause from its title (titleField.ts); a name field reads Y as its subject's name too
 * (nameFields.ts).
 */
export const NAMING_WORDS = String.raw`(?:(?:also|otherwise|better)\s+(?:called|known\s+as)|known\s+as|(?:formerly|previously)(?:\s+called|\s+known\s+as)?)\s+(?:the\s+)?`;
