import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';

/**
 * One sign-in attempt counted against a key (`ip:<address>` or `patient:<id>`). An attempt is
 * written before its password is checked, deleted again if it succeeds, and otherwise stays as
 * a failure until the window passes. Kept in MongoDB so every instance sees the same counts.
 */
@Schema({ collection: 'login_failures', versionKey: false })
export class LoginFailure {
  @Prop({ type: String, required: true })
  key!: string;

  /** Both documents of one attempt share it, so the attempt can be withdrawn as a whole. */
  @Prop({ type: String, required: true, index: true })
  attempt_id!: string;

  @Prop({ type: Date, required: true })
  attempted_at!: Date;

  @Prop({ type: Date, required: true })
  expires_at!: Date;
}

export type LoginFailureDocument = HydratedDocument<LoginFailure>;
export const LoginFailureSchema = SchemaFactory.createForClass(LoginFailure);
LoginFailureSchema.index({ key: 1, attempted_at: -1 });
LoginFailureSchema.index({ expires_at: 1 }, { expireAfterSeconds: 0 });
