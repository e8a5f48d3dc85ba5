import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorResponse {
  @ApiProperty({ example: 'applicant.phone', description: 'Dotted path of the offending field (`documents.0.name`), or a header or query name' })
  field: string;

  @ApiProperty({ example: 'Số điện thoại không hợp lệ: số di động gồm 10 chữ số (đầu số 03, 05, 07, 08, 09), số cố định gồm 11 chữ số (đầu số 02).' })
  message: string;
}

/** The one error body of the API (HttpErrorFilter, src/common/errors). */
export class ErrorResponse {
  @ApiProperty({ example: 400, description: 'The HTTP status, repeated' })
  statusCode: number;

  @ApiProperty({ example: 'Bad Request', description: 'The HTTP reason phrase' })
  error: string;

  @ApiProperty({ example: 'Invalid input: applicant.phone' })
  message: string;

  @ApiPropertyOptional({ type: () => [FieldErrorResponse], description: 'Per-field errors; present only when there are some' })
  errors?: FieldErrorResponse[];
}
