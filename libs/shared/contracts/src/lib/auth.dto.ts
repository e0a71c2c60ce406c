import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { LANGUAGES, type Language, PASSWORD_MIN_LENGTH, type Role } from './roles';

export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  name: string;
  preferredLanguage: Language;
  /** True while the account still uses the development default password. */
  mustChangePassword: boolean;
}

export interface LoginResponse {
  user: SessionUser;
}

export class LoginRequest {
  @IsEmail({}, { message: 'must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @IsString()
  @MaxLength(200)
  password!: string;
}

export class ChangePasswordRequest {
  @IsString()
  @MaxLength(200)
  currentPassword!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
  })
  @MaxLength(200)
  newPassword!: string;
}

export class UpdateProfileRequest {
  @IsOptional()
  @IsIn(LANGUAGES)
  preferredLanguage?: Language;
}
