import { FactData, FactKind } from './entities/candidate-fact.entity';

/** A fact as stored or as sent to the what-if route: its kind, its validated data, and whether it is confirmed. */
export interface KnownFact {
  id?: string;
  kind: FactKind;
  data: FactData;
  confirmed: boolean;
}
