import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';

/** A sign-in whose password is being checked now, holding one of its key's places until it ends. */
export interface PendingLoginAttempt {
  id: string;
  /** Database clock (ms) after which the attempt is taken as abandoned (its process died mid-check). */
  until: number;
}

/**
 * The sign-in counts of one key (`ip:<address>` or `patient:<id>`): the failures still inside the
 * window and the attempts in flight. One document per key, so admitting an attempt is a single
 * atomic update that sees every other instance's attempts (no attempt can slip in between a
 * count and a write). Failed attempts count until the window passes; successful ones never.
 */
@Schema({ collection: 'login_failures', versionKey: false, minimize: false })
export class LoginFailure {
  @Prop({ type: String, required: true })
  _id!: string;

  /** When each failure happened (database clock, ms), oldest first. */
  @Prop({ type: [Number], default: [] })
  failures!: number[];

  @Prop({ type: [{ _id: false, id: String, until: Number }], default: [] })
  pending!: PendingLoginAttempt[];

  /** The database's clock at the last update (ms), which failures and leases are measured by. */
  @Prop({ type: Number, required: true })
  now!: number;

  @Prop({ type: Date, required: true })
  expires_at!: Date;
}

export type LoginFailureDocument = HydratedDocument<LoginFailure>;
export const LoginFailureSchema = SchemaFactory.createForClass(LoginFailure);
LoginFailureSchema.index({ expires_at: 1 }, { expireAfterSeconds: 0 });
