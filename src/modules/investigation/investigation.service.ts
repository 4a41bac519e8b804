// Investigation tasks of the joint team, the evidence checklist and the responsibility decision (定责).
// Every write runs on the locked case (cases.mutate) with its typed timeline event in the same transaction.
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import { AppError, fieldError, notFound } from '../../shared/errors.ts';
import { can } from '../../shared/permissions.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import { findAttachment, listCaseAttachments, toAttachmentView } from '../attachments/attachment.service.ts';
import { caseEvent } from '../cases/case.events.ts';
import { isEditable } from '../cases/case.lifecycle.ts';
import type { CaseRow } from '../cases/case.listeners.ts';
import { caseRecords } from '../cases/case.records.ts';
import type { CaseService } from '../cases/case.service.ts';
import { findPartner } from '../partners/partner.service.ts';
import { getPreset, isPresetCode } from '../presets/index.ts';
import type { RoutingService } from '../routing/routing.service.ts';
import { industryPreset } from '../settings/settings.service.ts';
import { findDepartment, findUserView } from '../users/user.service.ts';
import { investigationRepository, type ResponsibilityGroupRow, type ResponsibilityNamedRow, type TaskNamedRow, investigationRedaction } from './investigation.repository.ts';
import { caseChecklist, checklistOf, PARTY_PARTNER_KIND } from './investigation.rules.ts';
// the company's edited checklist of the category
import { checklistFor } from './evidence-checklist.service.ts';
import type {
  CreateTaskInput,
  EvidenceMarkInput,
  InvestigationView,
  ResponsibilityInput,
  ResponsibilityView,
  TaskView,
  UpdateTaskInput,
} from './investigation.schemas.ts';

/** Whether the company's preset requires 定责 before resolving (the preset flag; no preset: not required). */
export async function responsibilityRequired(db: DbOrTx): Promise<boolean> {
  const code = await industryPreset(db);
  return !!code && isPresetCode(code) && getPreset(code).responsibilityRequiredToResolve;
}

/** The `responsibilityDecided` guard's data for one case (cases asks through its investigation port). */
export async function responsibilityStatus(db: DbOrTx, caseId: string): Promise<{ required: boolean; decided: boolean }> {
  const required = await responsibilityRequired(db);
  return { required, decided: required ? await investigationRepository.hasResponsibility(db, caseId) : true };
}

/**
 * The responsibility decisions of a period, grouped per department or per person and root cause, for the
 * accountability module's summary (a read for those who assess: the caller checks the permission).
 */
export function responsibilityGroups(db: DbOrTx, by: 'department' | 'person', from: Date, to: Date): Promise<ResponsibilityGroupRow[]> {
  return investigationRepository.responsibilityGroups(db, by, from, to);
}

type CaseLike = { departmentId: string | null; status: CaseRow['status'] };

/** A handler acts on the investigation of their own department's case; the other roles on any case they see. */
function mayManage(actor: Actor, c: CaseLike): boolean {
  if (!can(actor.role, 'investigation.write') || !isEditable(c.status)) return false;
  return actor.role !== 'handler' || (!!actor.departmentId && actor.departmentId === c.departmentId);
}

/** A handler of the task's department may work its task even when another department leads the case. */
function mayEditTask(actor: Actor, c: CaseLike, departmentId: string): boolean {
  if (!can(actor.role, 'investigation.write') || !isEditable(c.status)) return false;
  return actor.role !== 'handler' || (!!actor.departmentId && (actor.departmentId === departmentId || actor.departmentId === c.departmentId));
}

function assertOpenCase(c: CaseLike): void {
  if (!isEditable(c.status)) {
    throw new AppError('ILLEGAL_TRANSITION', {
      message: { zh: '已归档、不予受理或已合并的工单不能再调查', en: 'A closed, rejected or merged case cannot be investigated' },
    });
  }
}

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

function toTaskView(row: TaskNamedRow, canEdit: boolean): TaskView {
  const { t } = row;
  return {
    id: t.id,
    caseId: t.caseId,
    departmentId: t.departmentId,
    departmentName: row.departmentName,
    ownerId: t.ownerId,
    ownerName: row.ownerName,
    dueAt: iso(t.dueAt),
    instructions: t.instructions,
    findings: t.findings,
    status: t.status,
    createdByName: row.createdByName,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    finishedAt: iso(t.finishedAt),
    canEdit: canEdit && t.status === 'open',
  };
}

function toResponsibilityView(row: ResponsibilityNamedRow): ResponsibilityView {
  const { r } = row;
  return {
    rootCause: r.rootCause,
    rootCauseText: r.rootCauseText,
    party: r.party,
    departmentId: r.departmentId,
    departmentName: row.departmentName,
    personId: r.personId,
    personName: row.personName,
    partnerId: r.partnerId,
    partnerName: row.partnerName,
    note: r.note,
    decidedByName: row.decidedByName,
    decidedAt: r.decidedAt.toISOString(),
  };
}

export type InvestigationService = ReturnType<typeof createInvestigationService>;

export function createInvestigationService(deps: { db: Db; cases: CaseService; routing: RoutingService }) {
  const { db, cases, routing } = deps;

  /** An owner must be an active member of the task's department. */
  async function assertOwner(tx: Tx, ownerId: string | null | undefined, departmentId: string): Promise<string | null> {
    if (!ownerId) return null;
    const u = await findUserView(tx, ownerId);
    if (!u || !u.active || u.departmentId !== departmentId) throw fieldError('ownerId', FIELD_MESSAGES.assignee_unknown);
    return u.displayName;
  }

  async function tasksOf(actor: Actor, c: CaseLike & { id: string }): Promise<TaskView[]> {
    const rows = await investigationRepository.listTasks(db, c.id);
    return rows.map((r) => toTaskView(r, mayEditTask(actor, c, r.t.departmentId)));
  }

  return {
    async overview(actor: Actor, caseId: string): Promise<InvestigationView> {
      const c = await cases.loadView({ id: caseId }, actor);
      const [tasks, marks, files, responsibility, required, preset, current] = await Promise.all([
        tasksOf(actor, c),
        investigationRepository.listMarks(db, c.id),
        listCaseAttachments(db, c.id),
        investigationRepository.findResponsibility(db, c.id),
        responsibilityRequired(db),
        industryPreset(db),
        checklistFor(db, c.category),
      ]);
      const byId = new Map(files.map((f) => [f.a.id, f]));
      // items removed from the checklist after this case marked them stay, with their marks.
      const presetItems = new Map(checklistOf(preset, c.category).map((i) => [i.code, i]));
      const markedCodes = marks.map((m) => m.m.itemCode);
      const retiredLabels = markedCodes.map((code) => ({ code, zh: presetItems.get(code)?.zh ?? code, en: presetItems.get(code)?.en ?? code }));
      const checklist = caseChecklist(current, retiredLabels).map((item) => {
        const own = marks.filter((m) => m.m.itemCode === item.code);
        const linked = own.flatMap((m) => {
          const f = m.m.attachmentId ? byId.get(m.m.attachmentId) : undefined;
          return f ? [{ ...toAttachmentView(f), linkedByName: m.markedByName, linkedAt: m.m.markedAt.toISOString() }] : [];
        });
        const na = [...own].reverse().find((m) => m.m.notApplicableReason !== null);
        return {
          code: item.code,
          labelZh: item.zh,
          labelEn: item.en,
          // A hidden file no longer proves anything: the item is open again until another is linked.
          done: linked.some((f) => !f.hidden) || !!na,
          files: linked,
          notApplicableReason: na?.m.notApplicableReason ?? null,
          required: item.required,
          retired: item.retired,
        };
      });
      return {
        caseId: c.id,
        tasks,
        checklist,
        responsibility: responsibility ? toResponsibilityView(responsibility) : null,
        responsibilityRequired: required,
        canManage: mayManage(actor, c),
      };
    },

    async listTasks(actor: Actor, caseId: string): Promise<TaskView[]> {
      return tasksOf(actor, await cases.loadView({ id: caseId }, actor));
    },

    /** Gives a department its part of the investigation; a department other than the lead joins the joint team. */
    async createTask(actor: Actor, caseId: string, input: CreateTaskInput): Promise<TaskView> {
      if (!can(actor.role, 'investigation.write')) throw new AppError('FORBIDDEN');
      let taskId = '';
      await cases.mutate(actor, caseId, async (tx, c, now) => {
        assertOpenCase(c);
        if (!mayManage(actor, c)) throw new AppError('FORBIDDEN');
        const dep = await findDepartment(tx, input.departmentId);
        if (!dep || !dep.active) throw fieldError('departmentId', FIELD_MESSAGES.department_unknown);
        const ownerName = await assertOwner(tx, input.ownerId, dep.id);
        // The owner module adds the collaborator (and writes its own event), so the department sees the case.
        if (dep.id !== c.departmentId) await routing.setCollaborator(tx, actor, c, dep.id, true, now);
        const task = await investigationRepository.insertTask(tx, {
          caseId: c.id,
          departmentId: dep.id,
          ownerId: input.ownerId ?? null,
          dueAt: input.dueAt ? new Date(input.dueAt) : null,
          instructions: input.instructions,
          createdById: actor.id,
          createdAt: now,
          updatedAt: now,
        });
        taskId = task.id;
        await caseRecords.appendEvent(tx, {
          caseId: c.id,
          actorId: actor.id,
          at: now,
          event: caseEvent.investigationTaskGiven({
            taskId: task.id,
            departmentId: dep.id,
            departmentName: dep.name,
            ownerId: task.ownerId,
            ownerName,
            dueAt: iso(task.dueAt),
            instructions: task.instructions,
          }),
        });
      });
      const c = await cases.loadView({ id: caseId }, actor);
      const created = (await investigationRepository.findTask(db, taskId))!;
      return toTaskView(created, mayEditTask(actor, c, created.t.departmentId));
    },

    async updateTask(actor: Actor, taskId: string, input: UpdateTaskInput): Promise<TaskView> {
      if (!can(actor.role, 'investigation.write')) throw new AppError('FORBIDDEN');
      const found = await investigationRepository.findTask(db, taskId);
      if (!found) throw notFound();
      const caseId = found.t.caseId;
      await cases.mutate(actor, caseId, async (tx, c, now) => {
        const current = (await investigationRepository.findTask(tx, taskId))!;
        const t = current.t;
        assertOpenCase(c);
        if (!mayEditTask(actor, c, t.departmentId)) throw new AppError('FORBIDDEN');
        if (t.status !== 'open') throw fieldError('status', FIELD_MESSAGES.task_finished);
        const patch: Partial<typeof t> = {};
        const changes: { findings?: { from: string | null; to: string | null }; ownerName?: { from: string | null; to: string | null }; dueAt?: { from: string | null; to: string | null } } = {};
        if (input.findings !== undefined && input.findings !== t.findings) {
          patch.findings = input.findings;
          changes.findings = { from: t.findings, to: input.findings };
        }
        if (input.ownerId !== undefined && input.ownerId !== t.ownerId) {
          const name = await assertOwner(tx, input.ownerId, t.departmentId);
          patch.ownerId = input.ownerId;
          changes.ownerName = { from: current.ownerName, to: name };
        }
        if (input.dueAt !== undefined) {
          const due = input.dueAt ? new Date(input.dueAt) : null;
          if ((due?.getTime() ?? null) !== (t.dueAt?.getTime() ?? null)) {
            patch.dueAt = due;
            changes.dueAt = { from: iso(t.dueAt), to: iso(due) };
          }
        }
        const finishing = input.status === 'done' || input.status === 'cancelled';
        if (finishing) {
          patch.status = input.status;
          patch.finishedAt = now;
        }
        if (Object.keys(patch).length === 0) return;
        await investigationRepository.updateTask(tx, taskId, { ...patch, updatedAt: now });
        const ref = { taskId, departmentId: t.departmentId, departmentName: current.departmentName };
        if (Object.keys(changes).length) {
          await caseRecords.appendEvent(tx, { caseId, actorId: actor.id, at: now, event: caseEvent.investigationTaskUpdated({ ...ref, changes }) });
        }
        if (finishing && (input.status === 'done' || input.status === 'cancelled')) {
          await caseRecords.appendEvent(tx, {
            caseId,
            actorId: actor.id,
            at: now,
            event: caseEvent.investigationTaskDone({ ...ref, status: input.status, findings: patch.findings ?? t.findings }),
          });
        }
      });
      const c = await cases.loadView({ id: caseId }, actor);
      const after = (await investigationRepository.findTask(db, taskId))!;
      return toTaskView(after, mayEditTask(actor, c, after.t.departmentId));
    },

    /** Links an evidence file to a checklist item, or marks the item not applicable with a reason. */
    async markEvidence(actor: Actor, caseId: string, input: EvidenceMarkInput): Promise<InvestigationView> {
      if (!can(actor.role, 'investigation.write')) throw new AppError('FORBIDDEN');
      await cases.mutate(actor, caseId, async (tx, c, now) => {
        assertOpenCase(c);
        if (!mayManage(actor, c)) throw new AppError('FORBIDDEN');
        const item = (await checklistFor(tx, c.category)).find((i) => i.code === input.itemCode);
        if (!item) throw fieldError('itemCode', FIELD_MESSAGES.evidence_item_unknown);
        let file: { id: string; filename: string; sha256: string } | null = null;
        if (input.attachmentId) {
          const f = await findAttachment(tx, input.attachmentId);
          if (!f || f.a.caseId !== c.id || f.a.hiddenAt) throw fieldError('attachmentId', FIELD_MESSAGES.attachment_unknown);
          file = { id: f.a.id, filename: f.a.filename, sha256: f.a.sha256 };
        }
        await investigationRepository.insertMark(tx, {
          caseId: c.id,
          itemCode: item.code,
          attachmentId: file?.id ?? null,
          notApplicableReason: input.notApplicableReason ?? null,
          markedById: actor.id,
          markedAt: now,
        });
        await caseRecords.appendEvent(tx, {
          caseId: c.id,
          actorId: actor.id,
          at: now,
          event: caseEvent.evidenceLinked({
            itemCode: item.code,
            itemLabelZh: item.zh,
            itemLabelEn: item.en,
            attachmentId: file?.id ?? null,
            filename: file?.filename ?? null,
            sha256: file?.sha256 ?? null,
            notApplicableReason: input.notApplicableReason ?? null,
          }),
        });
      });
      return this.overview(actor, caseId);
    },

    /** Records (or revises) the root cause and the responsibility decision. */
    async decideResponsibility(actor: Actor, caseId: string, input: ResponsibilityInput): Promise<ResponsibilityView> {
      if (!can(actor.role, 'investigation.write')) throw new AppError('FORBIDDEN');
      await cases.mutate(actor, caseId, async (tx, c, now) => {
        assertOpenCase(c);
        if (!mayManage(actor, c)) throw new AppError('FORBIDDEN');
        const internal = input.party === 'internal';
        const partnerKind = PARTY_PARTNER_KIND[input.party];
        let departmentName: string | null = null;
        let personName: string | null = null;
        let partnerName: string | null = null;
        if (internal && input.departmentId) {
          const dep = await findDepartment(tx, input.departmentId);
          if (!dep || !dep.active) throw fieldError('departmentId', FIELD_MESSAGES.department_unknown);
          departmentName = dep.name;
          if (input.personId) {
            const u = await findUserView(tx, input.personId);
            if (!u || u.departmentId !== dep.id) throw fieldError('personId', FIELD_MESSAGES.assignee_unknown);
            personName = u.displayName;
          }
        }
        if (partnerKind && input.partnerId) {
          const p = await findPartner(tx, input.partnerId);
          if (!p || !p.active) throw fieldError('partnerId', FIELD_MESSAGES.partner_unknown);
          if (p.kind !== partnerKind) throw fieldError('partnerId', FIELD_MESSAGES.partner_kind_mismatch);
          partnerName = p.name;
        }
        await investigationRepository.upsertResponsibility(tx, {
          caseId: c.id,
          rootCause: input.rootCause,
          rootCauseText: input.rootCauseText,
          party: input.party,
          // Only what the party names is kept: an internal decision names no partner, and the reverse.
          departmentId: internal ? (input.departmentId ?? null) : null,
          personId: internal ? (input.personId ?? null) : null,
          partnerId: partnerKind ? (input.partnerId ?? null) : null,
          note: input.note ?? null,
          decidedById: actor.id,
          decidedAt: now,
        });
        await caseRecords.appendEvent(tx, {
          caseId: c.id,
          actorId: actor.id,
          at: now,
          event: caseEvent.responsibilityDecided({
            rootCause: input.rootCause,
            rootCauseText: input.rootCauseText,
            party: input.party,
            departmentName,
            personName,
            partnerName,
            note: input.note ?? null,
          }),
        });
      });
      return toResponsibilityView((await investigationRepository.findResponsibility(db, caseId))!);
    },
  };
}

/** Personal-data erasure (rule 28): the free text this module keeps about a case (investigation tasks, evidence marks and the responsibility decision), for the privacy port. */
export const investigationPersonalText = { redactCase: investigationRedaction.redactCase, texts: investigationRedaction.texts };
