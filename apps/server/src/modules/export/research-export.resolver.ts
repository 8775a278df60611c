import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import type { ExportProjectRow } from './export-project.repository';
import { researchDownloadPath } from './research-export.path';
import {
  CreateExportProjectInput,
  ExportProjectsArgs,
  ExportProjectType,
  ResearchExportPreview,
  ResearchExportPreviewArgs,
} from './research-export.types';

function toProject(row: ExportProjectRow): ExportProjectType {
  return {
    id: row.id,
    name: row.name,
    purpose: row.purpose,
    named: row.named,
    createdAt: row.created_at,
    exportCount: row.export_count,
    lastExportAt: row.last_export_at,
  };
}

@Resolver()
export class ResearchExportResolver {
  @Query(() => [ExportProjectType], { description: 'Your research export projects, newest first (NJi analysts and municipal staff).' })
  async exportProjects(@Args() { first }: ExportProjectsArgs, @Ctx() ctx: Context): Promise<ExportProjectType[]> {
    return (await ctx.services.researchExports.projects(ctx, first)).map(toProject);
  }

  @Query(() => ResearchExportPreview, {
    description:
      'Rows per kind of data that a research export of your project would hold, and its download address. Recorded in the audit log only when downloaded.',
  })
  async researchExportPreview(@Args() args: ResearchExportPreviewArgs, @Ctx() ctx: Context): Promise<ResearchExportPreview> {
    const { datasets, maxRows } = await ctx.services.researchExports.preview(ctx, args);
    const totalRows = datasets.reduce((sum, d) => sum + d.rows, 0);
    return { datasets, totalRows, maxRows, tooLarge: totalRows > maxRows, downloadPath: researchDownloadPath(args, args.format) };
  }

  @Mutation(() => ExportProjectType, {
    description: 'Creates a research export project with its own pseudonymisation key (held by the server, never returned).',
  })
  async createExportProject(
    @Arg('input', { description: 'Name, purpose and whether to name municipalities where allowed.' }) input: CreateExportProjectInput,
    @Ctx() ctx: Context,
  ): Promise<ExportProjectType> {
    return toProject(await ctx.services.researchExports.createProject(ctx, input));
  }
}
