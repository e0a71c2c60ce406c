import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PageQuery } from './page.dto';
import { LANGUAGES, type Language, PASSWORD_MIN_LENGTH, ROLES, type Role } from './roles';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export interface UserDto {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  preferredLanguage: Language;
  lockedUntil: string | null;
  createdAt: string;
  version: number;
}

export class ListUsersQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class CreateUserRequest {
  @Transform(trim)
  @IsEmail({}, { message: 'must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(200)
  name!: string;

  @IsIn(ROLES, { message: `must be one of ${ROLES.join(', ')}` })
  role!: Role;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
  })
  @MaxLength(200)
  password!: string;

  @IsOptional()
  @IsIn(LANGUAGES)
  preferredLanguage?: Language;
}

export class UpdateUserRequest {
  @IsInt()
  @Min(1)
  version!: number;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(200)
  name?: string;

  @IsOptional()
  @IsIn(ROLES, { message: `must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @IsOptional()
  @IsIn(LANGUAGES)
  preferredLanguage?: Language;
}

export class ResetPasswordRequest {
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
  })
  @MaxLength(200)
  password!: string;
}

/** What any staff member may see of a colleague: enough to assign work. */
export interface StaffMemberDto {
  id: string;
  name: string;
  role: Role;
}
