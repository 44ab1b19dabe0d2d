package org.annals.eval;

/** PLACEHOLDER until the evaluation branch is merged: the annotation format of a gold directory. */
public enum GoldFormat {
    /** TimeML with inline TIMEX3 (.tml), e.g. TempEval-3. */
    TIMEML,
    /** WikiWars: SGML input with inline TIMEX2 keys (.key.xml). */
    WIKIWARS
}
