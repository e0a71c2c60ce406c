import { Directive, input } from '@angular/core';

/**
 * Gives Material table row templates a real type instead of `any`:
 * `<td mat-cell *matCellDef="let user; rows: users()">` types `user` as the element type of
 * `users()`, so strict template checking covers the cells. Selector-only: no runtime behaviour.
 */
// eslint-disable-next-line @angular-eslint/directive-selector -- must match Material's matCellDef
@Directive({ selector: '[matCellDef][matCellDefRows]' })
export class TypedCellDef<T> {
  readonly matCellDefRows = input.required<readonly T[]>();

  static ngTemplateContextGuard<T>(
    _directive: TypedCellDef<T>,
    _context: unknown,
  ): _context is { $implicit: T; index: number } {
    return true;
  }
}

/** Same as TypedCellDef for `*matRowDef="let row; columns: cols; rows: items()"`. */
// eslint-disable-next-line @angular-eslint/directive-selector -- must match Material's matRowDef
@Directive({ selector: '[matRowDef][matRowDefRows]' })
export class TypedRowDef<T> {
  readonly matRowDefRows = input.required<readonly T[]>();

  static ngTemplateContextGuard<T>(
    _directive: TypedRowDef<T>,
    _context: unknown,
  ): _context is { $implicit: T; index: number } {
    return true;
  }
}
