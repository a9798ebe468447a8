import { randomUUID } from "node:crypto";
import { prismaOf, type Transaction } from "../client/transaction";

/**
 * The citizen record of one new registration: the CPR number and the name as the initiator
 * typed them, checked against nothing. It touches no other record, whatever Samstemt knows
 * about the number, so the registration goes the same way for a known and a new number; the
 * initiator's leader checks it against the CPR register later (`settleRegisterCheck`). A
 * random (v4) id, which says nothing about when it was made.
 */
export async function createRegisteredCitizen(
  transaction: Transaction,
  citizen: { cpr: string; name: string },
): Promise<{ citizenId: string; name: string }> {
  const row = await prismaOf(transaction).citizen.create({
    data: { id: randomUUID(), cpr: citizen.cpr, name: citizen.name },
    select: { id: true, name: true },
  });
  return { citizenId: row.id, name: row.name };
}
