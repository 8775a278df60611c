import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { NationalReportArgs, NationalReportType, NationalReportYearType } from './national-report.types';

@Resolver(() => NationalReportType)
export class NationalReportResolver {
  @Query(() => [NationalReportYearType], {
    description: 'Years with a national report (questionnaire years that were opened), newest first. Public.',
  })
  nationalReportYears(@Ctx() ctx: Context): Promise<NationalReportYearType[]> {
    return ctx.services.nationalReports.years(ctx);
  }

  @Query(() => NationalReportType, {
    nullable: true,
    description:
      'The yearly national report ("stand van zaken") of a questionnaire year, or null when there is none. Public; practice examples for participants only.',
  })
  nationalReport(@Args() { year }: NationalReportArgs, @Ctx() ctx: Context): Promise<NationalReportType | null> {
    return ctx.services.nationalReports.report(ctx, year);
  }
}
