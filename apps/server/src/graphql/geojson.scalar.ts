import { ErrorCode } from '@monitor/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** A GeoJSON geometry object (RFC 7946), WGS84 longitude/latitude. Output only. */
export const GeoJSONScalar = new GraphQLScalarType({
  name: 'GeoJSON',
  description: 'A GeoJSON geometry (RFC 7946) in WGS84 longitude/latitude, e.g. {"type":"MultiPolygon","coordinates":[...]}.',
  serialize: (value) => value,
  parseValue: () => {
    throw new GraphQLError('GeoJSON is output-only', { extensions: { code: ErrorCode.BAD_USER_INPUT } });
  },
  parseLiteral: (ast) => {
    throw new GraphQLError(`GeoJSON is output-only (got ${ast.kind === Kind.OBJECT ? 'an object' : ast.kind})`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  },
});
