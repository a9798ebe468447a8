import type { Sector, StaffRole } from "@samstemt/domain";

export interface DemoPerson {
  username: string;
  name: string;
  title: string;
  role: StaffRole;
  phone: string;
}

export interface DemoUnit {
  name: string;
  people: DemoPerson[];
}

export interface DemoOrganisation {
  name: string;
  sector: Sector;
  units: DemoUnit[];
}

// Fictional people in real-sounding organisations of Region Midtjylland's west cluster
// (Gødstrup). Every phone number is in 8000 0000–8000 0099, which is not assigned to anyone.
export const demoOrganisations: DemoOrganisation[] = [
  {
    name: "Regionspsykiatrien Vest",
    sector: "region",
    units: [
      {
        name: "Distriktspsykiatrien Holstebro",
        people: [
          {
            username: "hanne",
            name: "Hanne Kjær",
            title: "Afdelingssygeplejerske",
            role: "leader",
            phone: "80000001",
          },
          {
            username: "jonas",
            name: "Jonas Bech",
            title: "Sygeplejerske",
            role: "staff",
            phone: "80000002",
          },
        ],
      },
      {
        name: "Sengeafsnit P2, Gødstrup",
        people: [
          {
            username: "per",
            name: "Per Vestergaard",
            title: "Ledende overlæge",
            role: "leader",
            phone: "80000003",
          },
          {
            username: "sofie",
            name: "Sofie Lund",
            title: "Sygeplejerske",
            role: "staff",
            phone: "80000004",
          },
        ],
      },
      {
        name: "Kvalitet og Data",
        people: [
          {
            username: "rikke",
            name: "Rikke Sand",
            title: "Dataanalytiker",
            role: "analyst",
            phone: "80000005",
          },
        ],
      },
    ],
  },
  {
    name: "Holstebro Kommune",
    sector: "municipality",
    units: [
      {
        name: "Socialpsykiatri og Bostøtte",
        people: [
          {
            username: "lene",
            name: "Lene Dahl",
            title: "Afdelingsleder",
            role: "leader",
            phone: "80000011",
          },
          {
            username: "mads",
            name: "Mads Østergaard",
            title: "Kontaktperson, bostøtte",
            role: "staff",
            phone: "80000012",
          },
        ],
      },
      {
        name: "Rusmiddelcenter Holstebro",
        people: [
          {
            username: "bente",
            name: "Bente Krogh",
            title: "Centerleder",
            role: "leader",
            phone: "80000013",
          },
          {
            username: "ali",
            name: "Ali Hassan",
            title: "Misbrugskonsulent",
            role: "staff",
            phone: "80000014",
          },
        ],
      },
    ],
  },
  {
    name: "Ringkøbing-Skjern Kommune",
    sector: "municipality",
    units: [
      {
        name: "Socialpsykiatrien Ringkøbing-Skjern",
        people: [
          {
            username: "karsten",
            name: "Karsten Møller",
            title: "Afdelingsleder",
            role: "leader",
            phone: "80000021",
          },
          {
            username: "camilla",
            name: "Camilla Nørgaard",
            title: "Myndighedsrådgiver",
            role: "staff",
            phone: "80000022",
          },
        ],
      },
    ],
  },
  {
    name: "Lægehuset Nørregade, Holstebro",
    sector: "general_practice",
    units: [
      {
        name: "Lægehuset Nørregade",
        people: [
          {
            username: "eva",
            name: "Eva Thomsen",
            title: "Praktiserende læge",
            role: "leader",
            phone: "80000031",
          },
          {
            username: "lars",
            name: "Lars Holm",
            title: "Praktiserende læge",
            role: "staff",
            phone: "80000032",
          },
        ],
      },
    ],
  },
  {
    name: "Kriminalforsorgen Midt-Vest",
    sector: "probation_service",
    units: [
      {
        name: "Afdeling Holstebro",
        people: [
          {
            username: "torben",
            name: "Torben Riis",
            title: "Afdelingsleder",
            role: "leader",
            phone: "80000041",
          },
          {
            username: "nadia",
            name: "Nadia Petersen",
            title: "Tilsynsførende",
            role: "staff",
            phone: "80000042",
          },
        ],
      },
    ],
  },
];

export function demoEmail(username: string): string {
  // .invalid is reserved (RFC 2606): mail to it can never reach anybody.
  return `${username}@samstemt-demo.invalid`;
}

/**
 * The demo's administrator (the `administrator` table): sees and retries the worker's dead
 * letters (issue 12). Rikke Sand of the region's Kvalitet og Data runs the data side of the
 * collaboration model; as an analyst she sees no case, and dead letters hold ids only, so
 * the grant shows her no citizen data.
 */
export const DEMO_ADMINISTRATOR = "rikke";
