import { randomUUID } from "node:crypto";
import type { Sector, StaffRole } from "@samstemt/domain";
import type { JsonObject } from "../audit/json-value";
import type { Database } from "../client/database";
import { type DbHandle, prismaOf, type Transaction, withTransaction } from "../client/transaction";
import { type AdminChangeBy, auditAdminChange } from "./admin-audit";
import { AdminError, isUniqueViolation } from "./admin-error";

/** A person as the administration lists and edits them. */
export interface AdminPerson {
  personId: string;
  name: string;
  title: string;
  role: StaffRole;
  email: string;
  phone: string | null;
  /** The OpenID Connect subject their sign-in is matched on; null: they cannot sign in yet. */
  subject: string | null;
  unitId: string;
  unitName: string;
  organisationId: string;
  organisationName: string;
  sector: Sector;
  /** Listed in `administrator`: may use the administration. */
  administrator: boolean;
  /** Null while the person may sign in. */
  deactivatedAt: Date | null;
}

/** At most this many people in one list; the screen filters by organisation. */
export const ADMIN_PEOPLE_LIMIT = 1000;

export interface AdminPeopleFilter {
  organisationId?: string;
  unitId?: string;
  personId?: string;
  includeDeactivated?: boolean;
}

/** People by organisation, unit and name, active ones only unless asked for all. */
export async function listAdminPeople(
  db: DbHandle,
  filter: AdminPeopleFilter = {},
): Promise<AdminPerson[]> {
  const prisma = prismaOf(db);
  const rows = await prisma.person.findMany({
    where: {
      ...(filter.personId && { id: filter.personId }),
      ...(filter.unitId && { unitId: filter.unitId }),
      ...(filter.organisationId && { unit: { organisationId: filter.organisationId } }),
      ...(!filter.includeDeactivated && { deactivatedAt: null }),
    },
    orderBy: [
      { unit: { organisation: { name: "asc" } } },
      { unit: { name: "asc" } },
      { name: "asc" },
    ],
    take: ADMIN_PEOPLE_LIMIT,
    select: {
      id: true,
      name: true,
      title: true,
      role: true,
      email: true,
      phone: true,
      subject: true,
      deactivatedAt: true,
      unit: {
        select: {
          id: true,
          name: true,
          organisation: { select: { id: true, name: true, sector: true } },
        },
      },
    },
  });
  // `administrator` has no relation to `person` (appended table): one look-up for the page.
  const administrators = new Set(
    (
      await prisma.administrator.findMany({
        where: { personId: { in: rows.map((row) => row.id) } },
        select: { personId: true },
      })
    ).map((row) => row.personId),
  );
  return rows.map((row) => ({
    personId: row.id,
    name: row.name,
    title: row.title,
    role: row.role,
    email: row.email,
    phone: row.phone,
    subject: row.subject,
    unitId: row.unit.id,
    unitName: row.unit.name,
    organisationId: row.unit.organisation.id,
    organisationName: row.unit.organisation.name,
    sector: row.unit.organisation.sector,
    administrator: administrators.has(row.id),
    deactivatedAt: row.deactivatedAt,
  }));
}

/** One person, deactivated or not; `person_not_found` when there is none. */
export async function adminPerson(db: DbHandle, personId: string): Promise<AdminPerson> {
  const [person] = await listAdminPeople(db, { personId, includeDeactivated: true });
  if (!person) throw new AdminError("person_not_found", "personId");
  return person;
}

/** What an administrator types about a person. */
export interface PersonInput {
  unitId: string;
  name: string;
  title: string;
  role: StaffRole;
  email: string;
  phone: string | null;
  subject: string | null;
}

async function assertUnitExists(tx: Transaction, unitId: string) {
  const unit = await prismaOf(tx).unit.findUnique({ where: { id: unitId }, select: { id: true } });
  if (!unit) throw new AdminError("unit_not_found", "unitId");
}

/** An OpenID Connect subject belongs to one person only. */
async function assertSubjectFree(tx: Transaction, subject: string | null, exceptId?: string) {
  if (subject === null) return;
  const taken = await prismaOf(tx).person.findFirst({
    where: { subject, ...(exceptId && { id: { not: exceptId } }) },
    select: { id: true },
  });
  if (taken) throw new AdminError("subject_taken", "subject");
}

async function subjectConflict<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // The user name is generated, so only the subject can collide.
    if (isUniqueViolation(error)) throw new AdminError("subject_taken", "subject");
    throw error;
  }
}

/**
 * A person's editable fields and nothing else: what is written, audited and compared with
 * `expected`. Takes a listed person too, as what an edit form showed.
 */
export const personInputOf = (input: PersonInput) => ({
  unitId: input.unitId,
  name: input.name,
  title: input.title,
  role: input.role,
  email: input.email,
  phone: input.phone,
  subject: input.subject,
});

/**
 * Adds a person. They sign in with OpenID Connect once `subject` is set; the demo sign-in
 * is never theirs (`demo` stays false), so their user name is generated and never shown.
 */
export function createPerson(
  db: Database,
  input: PersonInput,
  by: AdminChangeBy,
): Promise<AdminPerson> {
  return subjectConflict(() =>
    withTransaction(db, async (tx) => {
      await assertUnitExists(tx, input.unitId);
      await assertSubjectFree(tx, input.subject);
      const id = randomUUID();
      await prismaOf(tx).person.create({
        data: { id, username: `person-${id}`, createdAt: by.at, ...personInputOf(input) },
      });
      await auditAdminChange(tx, by, "admin.person.create", {
        personId: id,
        after: personInputOf(input),
      });
      return adminPerson(tx, id);
    }),
  );
}

/**
 * A move to another organisation is refused while the person is on the team of a case that
 * is not closed: the team member speaks for their organisation in the case and sees it
 * because of that (R7), so a move would leave the case with a member of an organisation
 * that never joined it. Moves between units of one organisation are free.
 */
async function assertNotMovedOffOpenCases(
  tx: Transaction,
  personId: string,
  fromUnitId: string,
  toUnitId: string,
) {
  if (fromUnitId === toUnitId) return;
  const units = await prismaOf(tx).unit.findMany({
    where: { id: { in: [fromUnitId, toUnitId] } },
    select: { organisationId: true },
  });
  if (new Set(units.map((unit) => unit.organisationId)).size < 2) return;
  const openMemberships = await prismaOf(tx).teamMember.count({
    where: { personId, leftAt: null, case: { status: { not: "closed" } } },
  });
  if (openMemberships > 0) throw new AdminError("on_open_cases", "unitId");
}

/**
 * Refused when the person is the last active leader of their unit and an initiative from the
 * unit waits for a decision: only a leader of the initiator's unit decides it (R5), so it
 * would wait for nobody. Another leader is appointed first.
 */
async function assertNotLastLeaderOfWaitingInitiatives(
  tx: Transaction,
  personId: string,
  field: "role" | "personId",
) {
  const prisma = prismaOf(tx);
  const person = await prisma.person.findUnique({
    where: { id: personId },
    select: { role: true, unitId: true, deactivatedAt: true },
  });
  if (person?.role !== "leader" || person.deactivatedAt !== null) return;
  const waiting = await prisma.case.count({
    where: { initiatorUnitId: person.unitId, status: "initiated" },
  });
  if (waiting === 0) return;
  const otherLeaders = await prisma.person.count({
    where: { unitId: person.unitId, role: "leader", deactivatedAt: null, id: { not: personId } },
  });
  if (otherLeaders === 0) throw new AdminError("last_leader", field);
}

/** The person's fields in the order the form shows them: a conflict names the first. */
const personFieldOrder = ["name", "title", "role", "unitId", "email", "phone", "subject"] as const;

/**
 * Refuses the save when the stored person is no longer what the administrator opened
 * (`expected`): saving would silently undo another administrator's change.
 */
function assertUnchangedSince(stored: PersonInput, expected: PersonInput | undefined) {
  if (!expected) return;
  const changed = personFieldOrder.find((key) => stored[key] !== expected[key]);
  if (changed) throw new AdminError("changed_meanwhile", changed);
}

/**
 * Changes a person's details, role or unit; audited with the fields that changed. With
 * `expected` (the person as the form showed them) the save is refused if anyone changed them
 * since, instead of the last save silently winning.
 */
export function updatePerson(
  db: Database,
  input: PersonInput & { personId: string; expected?: PersonInput },
  by: AdminChangeBy,
): Promise<AdminPerson> {
  return subjectConflict(() =>
    withTransaction(db, async (tx) => {
      const before = await prismaOf(tx).person.findUnique({
        where: { id: input.personId },
        select: {
          unitId: true,
          name: true,
          title: true,
          role: true,
          email: true,
          phone: true,
          subject: true,
        },
      });
      if (!before) throw new AdminError("person_not_found", "personId");
      assertUnchangedSince(before, input.expected);
      await assertUnitExists(tx, input.unitId);
      await assertSubjectFree(tx, input.subject, input.personId);
      await assertNotMovedOffOpenCases(tx, input.personId, before.unitId, input.unitId);
      if (input.role !== "leader" || input.unitId !== before.unitId) {
        await assertNotLastLeaderOfWaitingInitiatives(tx, input.personId, "role");
      }
      const after = personInputOf(input);
      const changedBefore: JsonObject = {};
      const changedAfter: JsonObject = {};
      for (const key of Object.keys(after) as Array<keyof typeof after>) {
        if (before[key] !== after[key]) {
          changedBefore[key] = before[key];
          changedAfter[key] = after[key];
        }
      }
      if (Object.keys(changedAfter).length > 0) {
        // Only while the row is still what was read: another administrator's save between
        // the read and this write makes it change nothing, and the save is refused.
        const { count } = await prismaOf(tx).person.updateMany({
          where: { id: input.personId, ...before },
          data: after,
        });
        if (count === 0) throw new AdminError("changed_meanwhile", "name");
        await auditAdminChange(tx, by, "admin.person.update", {
          personId: input.personId,
          before: changedBefore,
          after: changedAfter,
        });
      }
      return adminPerson(tx, input.personId);
    }),
  );
}

/**
 * Takes a person out of Samstemt without deleting them (audit entries and cases name them):
 * they cannot sign in, their sessions end and administrator rights go, in one transaction
 * with the audit entry. An administrator cannot deactivate themselves.
 */
export function deactivatePerson(
  db: Database,
  input: { personId: string },
  by: AdminChangeBy,
): Promise<AdminPerson> {
  return withTransaction(db, async (tx) => {
    if (input.personId === by.personId) throw new AdminError("own_account", "personId");
    const prisma = prismaOf(tx);
    const person = await prisma.person.findUnique({
      where: { id: input.personId },
      select: { deactivatedAt: true },
    });
    if (!person) throw new AdminError("person_not_found", "personId");
    await assertNotLastLeaderOfWaitingInitiatives(tx, input.personId, "personId");
    if (person.deactivatedAt === null) {
      await prisma.person.update({
        where: { id: input.personId },
        data: { deactivatedAt: by.at },
      });
      const sessions = await prisma.session.deleteMany({ where: { personId: input.personId } });
      const rights = await prisma.administrator.deleteMany({
        where: { personId: input.personId },
      });
      await auditAdminChange(tx, by, "admin.person.deactivate", {
        personId: input.personId,
        sessionsEnded: sessions.count,
        administratorRevoked: rights.count > 0,
      });
    }
    return adminPerson(tx, input.personId);
  });
}

/** Lets a deactivated person sign in again; audited. */
export function reactivatePerson(
  db: Database,
  input: { personId: string },
  by: AdminChangeBy,
): Promise<AdminPerson> {
  return withTransaction(db, async (tx) => {
    const prisma = prismaOf(tx);
    const person = await prisma.person.findUnique({
      where: { id: input.personId },
      select: { deactivatedAt: true },
    });
    if (!person) throw new AdminError("person_not_found", "personId");
    if (person.deactivatedAt !== null) {
      await prisma.person.update({ where: { id: input.personId }, data: { deactivatedAt: null } });
      await auditAdminChange(tx, by, "admin.person.reactivate", { personId: input.personId });
    }
    return adminPerson(tx, input.personId);
  });
}
