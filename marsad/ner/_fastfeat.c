/* The NER tagger's features, the loops that cost most, compiled.
 *
 * ``parts(word, facts, tables)`` gives what ``marsad.ner.attributes.KnownAttributes.parts``
 * gives, the same attributes (the very bytes objects of the tables) in the same order:
 * ``facts`` is ``(stem, prefix, suffix, trigger, shape)``; ``tables`` holds the seven
 * own-only families' dicts (``p2=`` ``p3=`` ``x1=`` ``x3=`` ``len=`` ``pre=`` ``suf=``:
 * value -> attribute bytes), the five merged dicts (``w=`` and ``t=``: value -> 5-tuple of
 * attribute or ``None`` at own, -2, -1, +1, +2; ``sh=``, ``x2=``, ``s=``: value -> 3-tuple at
 * own, -1, +1) and the tuple of the length values ``"0"`` … ``"8"``. The slices of the stem
 * are those Python takes (``stem[:2]``, ``stem[-2:]`` …, by code points). It returns
 * ``(own, as -2, as -1, as +1, as +2)``, each a tuple of bytes with the absent ones left out.
 *
 * ``packed(word, facts, refs)`` gives what ``marsad.ner.crf.CompiledCRF.pack`` makes of
 * those parts (the packed record the compiled tagger reads: int32s, the end of each part,
 * then the place of each attribute the tagger knows), without making them: ``refs`` are the
 * tables with each attribute replaced by its place (``None`` where the tagger lacks it).
 *
 * ``sentence(words, packed, missing, pairs, marks)`` gives what
 * ``marsad.ner.features.Features.packed_parts`` gives before the gazetteer tags are added:
 * the packed record of each of ``<s> <s> words </s> </s>`` (``packed.get(w) or
 * missing(w)``, in that order) and, per word, its bigram attributes: pair ``k`` is word
 * ``k-1`` and word ``k`` over ``<s> words </s>``, and ``pairs[word k-1][word k]``, where
 * both lookups hit, holds its ``(left, right)`` attributes (UTF-8 bytes or ``None``): the
 * left one goes to token ``k``, the right one to token ``k-1``, so a token's tuple holds its
 * left pair's, then its right pair's, as the Python loop appends them. ``marks`` is
 * ``(<s>, </s>)``. With ``tags`` (the sentence's gazetteer tags), ``records`` and ``make``,
 * the tags' attributes follow, as ``Features._add_gazetteer`` adds them (``add_gazetteer``).
 * With ``maker`` (see ``Maker``), a word ``packed`` lacks is packed here, as
 * ``Features._packed_word`` would pack it (``split`` and ``features._facts`` followed step by
 * step, then ``packed``), and kept in ``packed``: no call into Python for a new word, which
 * most of a single pass over a corpus is about; ``missing`` still makes what this does not
 * (the marks, a word with a record, the one that finds the cache full and clears it).
 * ``facts(word, splitter, triggers, names)`` gives those facts alone, for the tests.
 *
 * ``gazetteer(words, openers, opening_keys, types, prefixes, max_words, maker)`` gives what
 * ``marsad.ner.gazetteer.sentence_gazetteer`` gives once its tables are read: each word's
 * opening keys (``openers.get(word)``, else ``opening_keys(word, types, prefixes)``, or,
 * with ``maker`` = ``(limit, splitter)`` and fewer than ``limit`` words kept, found here as
 * ``opening_keys`` finds them and kept in ``openers``), then from the left, at each word
 * with keys that no tagged name covers, the longest KB name (``types``: key -> type; a key
 * grows by ``" " + next word`` while it is in ``prefixes``, up to ``max_words`` words; a
 * later key wins only when it reaches further): ``"B-" + type`` on its first word, ``"I-" +
 * type`` on the others, ``""`` elsewhere.
 *
 * ``spans(sentences, features, gazetteer, tables)`` (round 34) gives what
 * ``[marsad.ner.tagger.tag_spans(words) for words in sentences]`` gives for an article, in
 * one call: per sentence, each word's card (``card_of``: its packed record, opening keys and
 * known pairs, kept in ``features``' ``cards`` so a word met before costs one lookup, not
 * three), the gazetteer tags from those keys (``mark_names``, as ``gazetteer``), the tags'
 * records and the bigram attributes, handed as C arrays to the compiled CRF (``_fastcrf``'s
 * capsule, ``_crfapi.h``), which scores, decodes and cuts the spans: no list of packed
 * records, of tags, of extras, of label ids or of marginals is made, and the Python steps
 * between the three calls a sentence took are gone. A new word's record and keys are made
 * as ``sentence`` and ``gazetteer`` make them (the callbacks where they call back) but kept
 * in its card only. ``features`` is ``Features.sentence_args``; ``gazetteer`` is
 * ``gazetteer``'s arguments after the words, or ``None`` (no KB: every tag ``""``).
 * ``article_words(tokens)`` reads an article's tokens once for the entities stage: their
 * ``norm``s, the runs of tokens by ``sentence`` and each run's words as a tuple (a token's
 * ``norm``, else its ``text``), as ``marsad.entities._sentence_words`` cuts them.
 *
 * ``propagate(sentences, spans, forms, prefixes, person, sure, added, max_words,
 * min_letters)`` (round 35) gives what ``marsad.ner.consistency.propagate_in`` gives for an
 * article's words and tagged spans, in one call: the names the tagger is sure of (their
 * votes in the same dicts, in the same order), then each sentence's spans with every
 * untagged occurrence of such a name added and sorted, the same steps as the Python loop's
 * (``_match``, ``_continues``); ``forms`` is ``consistency._forms``, called back for the few
 * words that may open a name, and the constants are the module's.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

#include "_crfapi.h"

enum { P2, P3, X1, X3, LEN, PRE, SUF, W, T, SH, X2, S, LENGTHS, N_TABLES };

static PyObject *none5, *none3; /* (None,) * 5 and * 3: a value no table holds */
static PyObject *space, *empty_text, *begin_tag, *inside_tag; /* " " "" "B-" "I-" */

/* dict.get(key, fallback) (borrowed; NULL with an error set on failure) */
static PyObject *
get(PyObject *dict, PyObject *key, PyObject *fallback)
{
    PyObject *found = PyDict_GetItemWithError(dict, key);
    if (found == NULL && !PyErr_Occurred())
        return fallback;
    return found;
}

/* dict.get(text[start:end]) (borrowed, or Py_None; NULL on failure) */
static PyObject *
get_slice(PyObject *dict, PyObject *text, Py_ssize_t start, Py_ssize_t end)
{
    PyObject *key = PyUnicode_Substring(text, start, end);
    if (key == NULL)
        return NULL;
    PyObject *found = get(dict, key, Py_None);
    Py_DECREF(key);
    return found;
}

/* A merged table's entry: a tuple of ``size`` items (borrowed), or NULL with an error. */
static PyObject *
entry(PyObject *dict, PyObject *key, PyObject *none_tuple, Py_ssize_t size)
{
    PyObject *found = get(dict, key, none_tuple);
    if (found == NULL)
        return NULL;
    if (!PyTuple_Check(found) || PyTuple_GET_SIZE(found) != size) {
        PyErr_SetString(PyExc_ValueError, "a merged table's entry has the wrong size");
        return NULL;
    }
    return found;
}

/* a new tuple of k borrowed items */
static PyObject *
tuple_of(PyObject *const *items, int k)
{
    PyObject *out = PyTuple_New(k);
    if (out == NULL)
        return NULL;
    for (int i = 0; i < k; i++) {
        Py_INCREF(items[i]);
        PyTuple_SET_ITEM(out, i, items[i]);
    }
    return out;
}

/* tuple(filter(None, items)) of n borrowed items */
static PyObject *
present(PyObject *const *items, int n)
{
    PyObject *kept[16];
    int k = 0;
    for (int i = 0; i < n; i++) {
        int truth = PyObject_IsTrue(items[i]);
        if (truth < 0)
            return NULL;
        if (truth)
            kept[k++] = items[i];
    }
    return tuple_of(kept, k);
}

/* (word, trigger) less the ``None``s */
static PyObject *
pair(PyObject *word, PyObject *trigger)
{
    PyObject *items[2];
    int k = 0;
    if (word != Py_None)
        items[k++] = word;
    if (trigger != Py_None)
        items[k++] = trigger;
    return tuple_of(items, k);
}

/* A word's known attributes, by part (borrowed references into the tables, ``Py_None``
 * where a table lacks the value): what ``parts`` and ``packed`` both read. */
typedef struct {
    PyObject *own[12], *far_left[2], *left[5], *right[5], *far_right[2];
} Found;

/* Reads ``(word, facts, tables)`` (as ``parts`` takes them) and looks the word up: 0, or -1
 * with an exception set. */
static int
find(PyObject *word, PyObject *facts, PyObject *tables, Found *found)
{
    if (PyTuple_GET_SIZE(facts) != 5 || PyTuple_GET_SIZE(tables) != N_TABLES) {
        PyErr_SetString(PyExc_ValueError, "facts is a 5-tuple, tables a 13-tuple");
        return -1;
    }
    PyObject *tab[N_TABLES];
    for (int i = 0; i < N_TABLES; i++) {
        tab[i] = PyTuple_GET_ITEM(tables, i);
        if (i == LENGTHS ? !(PyTuple_Check(tab[i]) && PyTuple_GET_SIZE(tab[i]) == 9)
                         : !PyDict_Check(tab[i])) {
            PyErr_SetString(PyExc_TypeError, "tables: twelve dicts and the nine lengths");
            return -1;
        }
    }
    PyObject *stem = PyTuple_GET_ITEM(facts, 0), *prefix = PyTuple_GET_ITEM(facts, 1);
    PyObject *suffix = PyTuple_GET_ITEM(facts, 2), *trigger = PyTuple_GET_ITEM(facts, 3);
    PyObject *shape = PyTuple_GET_ITEM(facts, 4);
    if (!PyUnicode_Check(stem) || !PyUnicode_Check(prefix) || !PyUnicode_Check(suffix) ||
        !PyUnicode_Check(trigger) || !PyUnicode_Check(shape)) {
        PyErr_SetString(PyExc_TypeError, "facts are five strings");
        return -1;
    }

    Py_ssize_t n = PyUnicode_GET_LENGTH(stem);
    PyObject *w = entry(tab[W], word, none5, 5);
    if (w == NULL)
        return -1;
    PyObject *t = none5;
    if (PyUnicode_GET_LENGTH(trigger) && (t = entry(tab[T], trigger, none5, 5)) == NULL)
        return -1;
    PyObject *sh = entry(tab[SH], shape, none3, 3);
    if (sh == NULL)
        return -1;
    PyObject *x2_key = PyUnicode_Substring(stem, n > 2 ? n - 2 : 0, n);
    if (x2_key == NULL)
        return -1;
    PyObject *x2 = entry(tab[X2], x2_key, none3, 3);
    Py_DECREF(x2_key);
    if (x2 == NULL)
        return -1;
    PyObject *s = entry(tab[S], stem, none3, 3);
    if (s == NULL)
        return -1;
    int same = PyUnicode_Compare(stem, word);
    if (same == -1 && PyErr_Occurred())
        return -1;
    PyObject *p2 = get_slice(tab[P2], stem, 0, n < 2 ? n : 2);
    PyObject *p3 = p2 ? get_slice(tab[P3], stem, 0, n < 3 ? n : 3) : NULL;
    PyObject *x1 = p3 ? get_slice(tab[X1], stem, n > 1 ? n - 1 : 0, n) : NULL;
    PyObject *x3 = x1 ? get_slice(tab[X3], stem, n > 3 ? n - 3 : 0, n) : NULL;
    if (x3 == NULL)
        return -1;
    PyObject *len = get(tab[LEN], PyTuple_GET_ITEM(tab[LENGTHS], n < 8 ? n : 8), Py_None);
    PyObject *pre = Py_None, *suf = Py_None;
    if (len == NULL)
        return -1;
    if (PyUnicode_GET_LENGTH(prefix) && (pre = get(tab[PRE], prefix, Py_None)) == NULL)
        return -1;
    if (PyUnicode_GET_LENGTH(suffix) && (suf = get(tab[SUF], suffix, Py_None)) == NULL)
        return -1;

#define AT(tuple, i) PyTuple_GET_ITEM(tuple, i)
    /* a stem equal to its word is named at the word's own position only */
    PyObject *s_left = same == 0 ? Py_None : AT(s, 1), *s_right = same == 0 ? Py_None : AT(s, 2);
    *found = (Found){
        .own = {AT(w, 0), AT(sh, 0), p2, p3, x1, AT(x2, 0), x3, AT(s, 0), len, pre, suf,
                AT(t, 0)},
        .far_left = {AT(w, 1), AT(t, 1)},
        .left = {AT(w, 2), AT(sh, 1), AT(x2, 1), s_left, AT(t, 2)},
        .right = {AT(w, 3), AT(sh, 2), AT(x2, 2), s_right, AT(t, 3)},
        .far_right = {AT(w, 4), AT(t, 4)},
    };
#undef AT
    return 0;
}

static PyObject *
parts(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *word, *facts, *tables;
    Found f;
    if (!PyArg_ParseTuple(args, "UO!O!", &word, &PyTuple_Type, &facts, &PyTuple_Type, &tables))
        return NULL;
    if (find(word, facts, tables, &f) < 0)
        return NULL;
    PyObject *out = NULL;
    PyObject *result[5] = {NULL, NULL, NULL, NULL, NULL};
    if ((result[0] = present(f.own, 12)) == NULL || (result[1] = pair(f.far_left[0],
                                                                      f.far_left[1])) == NULL ||
        (result[2] = present(f.left, 5)) == NULL || (result[3] = present(f.right, 5)) == NULL ||
        (result[4] = pair(f.far_right[0], f.far_right[1])) == NULL)
        goto done;
    out = PyTuple_New(5);
    if (out == NULL)
        goto done;
    for (int i = 0; i < 5; i++) {
        PyTuple_SET_ITEM(out, i, result[i]);
        result[i] = NULL;
    }
done:
    for (int i = 0; i < 5; i++)
        Py_XDECREF(result[i]);
    return out;
}

/* ``packed(word, facts, refs)``: what ``marsad.ner.crf.CompiledCRF.pack`` makes of
 * ``parts(word, facts, tables)``, made without the parts: ``refs`` are the tables with each
 * attribute replaced by its place in the compiled tagger's index (an int, ``None`` where the
 * index lacks it); it gives int32s, the end of each of the five parts, then the place of
 * each attribute found, in order. */
static PyObject *
packed_record(PyObject *word, PyObject *facts, PyObject *refs)
{
    Found f;
    if (find(word, facts, refs, &f) < 0)
        return NULL;
    PyObject *const *groups[5] = {f.own, f.far_left, f.left, f.right, f.far_right};
    static const int sizes[5] = {12, 2, 5, 5, 2};
    int32_t ints[5 + 12 + 2 + 5 + 5 + 2];
    int n = 5;
    for (int p = 0; p < 5; p++) {
        for (int a = 0; a < sizes[p]; a++) {
            PyObject *ref = groups[p][a];
            if (ref == Py_None)
                continue;  /* an attribute the model does not know */
            long value = PyLong_Check(ref) ? PyLong_AsLong(ref) : -1;
            if (value < 0 || value > INT32_MAX) {
                if (!PyErr_Occurred())
                    PyErr_SetString(PyExc_ValueError, "a place must be an int32 at least 0");
                return NULL;
            }
            ints[n++] = (int32_t)value;
        }
        ints[p] = (int32_t)(n - 5);
    }
    return PyBytes_FromStringAndSize((const char *)ints, (Py_ssize_t)sizeof(int32_t) * n);
}

static PyObject *
packed(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *word, *facts, *refs;
    if (!PyArg_ParseTuple(args, "UO!O!", &word, &PyTuple_Type, &facts, &PyTuple_Type, &refs))
        return NULL;
    return packed_record(word, facts, refs);
}

/* ---- a new word's facts, as ``marsad.ner.clitics.split`` and ``features._facts`` find them */

/* ``(conjunctions, prepositions, suffixes, article, lam, alef)``: the clitics of
 * ``marsad.ner.clitics``' table, each kind as ``(form, min_rest)`` pairs (the conjunctions
 * and prepositions one letter each: ``split`` looks them up by one letter), the article, the
 * letter lam and the alef ``split`` puts back. ``split`` looks each up by a slice of the
 * word; here they are compared where they lie in it, no slice made. */
#define MAX_CLITICS 16
typedef struct {
    Py_UCS4 conj[MAX_CLITICS], prep[MAX_CLITICS];
    Py_ssize_t conj_rest[MAX_CLITICS], prep_rest[MAX_CLITICS], suffix_rest[MAX_CLITICS];
    PyObject *suffix[MAX_CLITICS];
    int n_conj, n_prep, n_suffix;
    PyObject *article, *lam, *alef;
    Py_UCS4 lam_char;
} Splitter;

/* Reads one kind's ``(form, min_rest)`` pairs: 0, or -1 with an error set. */
static int
read_clitics(PyObject *pairs, int letters, Py_UCS4 *chars, PyObject **forms, Py_ssize_t *rests,
             int *n)
{
    if (!PyTuple_Check(pairs) || PyTuple_GET_SIZE(pairs) > MAX_CLITICS) {
        PyErr_SetString(PyExc_TypeError, "clitics are a tuple of at most 16 pairs");
        return -1;
    }
    *n = (int)PyTuple_GET_SIZE(pairs);
    for (int k = 0; k < *n; k++) {
        PyObject *pair = PyTuple_GET_ITEM(pairs, k), *form;
        if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2 ||
            !PyUnicode_Check(form = PyTuple_GET_ITEM(pair, 0))) {
            PyErr_SetString(PyExc_TypeError, "a clitic is (form, min_rest)");
            return -1;
        }
        rests[k] = PyLong_AsSsize_t(PyTuple_GET_ITEM(pair, 1));
        if (rests[k] == -1 && PyErr_Occurred())
            return -1;
        if (rests[k] < 0 || (letters && PyUnicode_GET_LENGTH(form) != 1)) {
            PyErr_SetString(PyExc_ValueError, "a clitic's min_rest is at least 0, a "
                            "conjunction or preposition one letter");
            return -1;
        }
        if (letters)
            chars[k] = PyUnicode_READ_CHAR(form, 0);
        else
            forms[k] = form;
    }
    return 0;
}

static int
read_splitter(PyObject *tuple, Splitter *sp)
{
    if (!PyTuple_Check(tuple) || PyTuple_GET_SIZE(tuple) != 6) {
        PyErr_SetString(PyExc_TypeError, "a splitter is (conjunctions, prepositions, "
                        "suffixes, article, lam, alef)");
        return -1;
    }
    if (read_clitics(PyTuple_GET_ITEM(tuple, 0), 1, sp->conj, NULL, sp->conj_rest,
                     &sp->n_conj) < 0 ||
        read_clitics(PyTuple_GET_ITEM(tuple, 1), 1, sp->prep, NULL, sp->prep_rest,
                     &sp->n_prep) < 0 ||
        read_clitics(PyTuple_GET_ITEM(tuple, 2), 0, NULL, sp->suffix, sp->suffix_rest,
                     &sp->n_suffix) < 0)
        return -1;
    sp->article = PyTuple_GET_ITEM(tuple, 3);
    sp->lam = PyTuple_GET_ITEM(tuple, 4);
    sp->alef = PyTuple_GET_ITEM(tuple, 5);
    if (!PyUnicode_Check(sp->article) || !PyUnicode_Check(sp->lam) ||
        !PyUnicode_Check(sp->alef) || PyUnicode_GET_LENGTH(sp->lam) != 1) {
        PyErr_SetString(PyExc_TypeError, "the article and alef are strings, lam one letter");
        return -1;
    }
    sp->lam_char = PyUnicode_READ_CHAR(sp->lam, 0);
    return 0;
}

/* The min_rest of the clitic letter ``ch`` among ``n`` (-1: none). */
static Py_ssize_t
letter_rest(const Py_UCS4 *chars, const Py_ssize_t *rests, int n, Py_UCS4 ch)
{
    for (int k = 0; k < n; k++)
        if (chars[k] == ch)
            return rests[k];
    return -1;
}

/* whether ``text[start:]`` starts with ``prefix`` (``text.startswith(prefix, start)``) */
static int
starts_at(PyObject *text, PyObject *prefix, Py_ssize_t start)
{
    return (int)PyUnicode_Tailmatch(text, prefix, start, PY_SSIZE_T_MAX, -1);
}

/* Whether ``split`` may cut a prefix off ``word``: its first letter is a conjunction or a
 * preposition (else its prefix is empty). */
static int
may_have_prefix(const Splitter *sp, PyObject *word)
{
    if (PyUnicode_GET_LENGTH(word) == 0)
        return 0;
    Py_UCS4 first = PyUnicode_READ_CHAR(word, 0);
    return letter_rest(sp->conj, sp->conj_rest, sp->n_conj, first) >= 0 ||
           letter_rest(sp->prep, sp->prep_rest, sp->n_prep, first) >= 0;
}

/* ``split(word)`` of ``marsad.ner.clitics``, the same steps: ``*out`` gets a new
 * ``(prefix, stem, suffix)``; 0, or -1 with an error set. Where ``split`` takes the entry
 * of a slice of the word (``word[:1]``, ``word[-3:]``…), the clitics of that kind are
 * compared with the word there (the entry of a slice is of one kind at most, and a
 * min_rest is never below 0, so an empty word splits into three empty strings). */
static int
split_word(const Splitter *sp, PyObject *word, PyObject **out)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(word), start = 0, rest;
    if (n > 0) {
        rest = letter_rest(sp->conj, sp->conj_rest, sp->n_conj, PyUnicode_READ_CHAR(word, 0));
        if (rest >= 0 && n - 1 >= rest)
            start = 1;
    }
    int restored = 0;
    if (start < n) {
        rest = letter_rest(sp->prep, sp->prep_rest, sp->n_prep,
                           PyUnicode_READ_CHAR(word, start));
        if (rest >= 0 && n - start - 1 >= rest) {
            if (starts_at(word, sp->article, start + 1))
                start += 1;
            else if (PyUnicode_READ_CHAR(word, start) == sp->lam_char &&
                     starts_at(word, sp->lam, start + 1)) {
                start += 1;
                restored = 1;
            }
        }
    }
    Py_ssize_t end = n;
    static const Py_ssize_t sizes[2] = {3, 2};
    for (int k = 0; k < 2 && end == n; k++) {
        Py_ssize_t size = sizes[k], tail = n < size ? n : size;  /* ``word[-size:]`` */
        for (int c = 0; c < sp->n_suffix; c++) {
            PyObject *form = sp->suffix[c];
            if (PyUnicode_GET_LENGTH(form) != tail ||
                PyUnicode_Tailmatch(word, form, n - tail, n, 1) != 1)
                continue;  /* not this slice's entry */
            if (n - size - start >= sp->suffix_rest[c] && !starts_at(word, sp->article, start))
                end -= size;
            break;
        }
    }
    PyObject *stem = PyUnicode_Substring(word, start, end);
    if (stem != NULL && restored)
        Py_SETREF(stem, PyUnicode_Concat(sp->alef, stem));
    if (stem == NULL)
        return -1;
    PyObject *prefix = PyUnicode_Substring(word, 0, start);
    PyObject *suffix = prefix ? PyUnicode_Substring(word, end, n) : NULL;
    *out = suffix ? PyTuple_Pack(3, prefix, stem, suffix) : NULL;
    Py_XDECREF(prefix);
    Py_DECREF(stem);
    Py_XDECREF(suffix);
    return *out == NULL ? -1 : 0;
}

static PyObject *shape_lat, *shape_name, *shape_ar, *shape_num, *shape_pun, *shape_mix;

/* ``features._shape(word, stem)`` (borrowed; NULL with an error set): the same character
 * tests ``str.isalpha`` and the others make. */
static PyObject *
shape_of(PyObject *word, PyObject *stem, PyObject *names)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(word);
    int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    int alpha = n > 0, digit = n > 0, any_alnum = 0, any_digit = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (!Py_UNICODE_ISALPHA(ch))
            alpha = 0;
        if (Py_UNICODE_ISDIGIT(ch))
            any_digit = 1;
        else
            digit = 0;
        if (Py_UNICODE_ISALNUM(ch))
            any_alnum = 1;
    }
    if (alpha && PyUnicode_IS_ASCII(word))
        return shape_lat;
    if (!alpha) {
        if (digit)
            return shape_num;
        if (!any_alnum)
            return shape_pun;
        if (any_digit)
            return shape_mix;
    }
    int named = PySet_Contains(names, stem);
    return named < 0 ? NULL : named ? shape_name : shape_ar;
}

/* ``features._facts(word)``: a new ``(stem, prefix, suffix, trigger, shape)``, or NULL. */
static PyObject *
facts_of(const Splitter *sp, PyObject *triggers, PyObject *names, PyObject *word)
{
    PyObject *parts;
    if (split_word(sp, word, &parts) < 0)
        return NULL;
    PyObject *prefix = PyTuple_GET_ITEM(parts, 0), *stem = PyTuple_GET_ITEM(parts, 1);
    PyObject *suffix = PyTuple_GET_ITEM(parts, 2), *trigger = NULL, *out = NULL;
    PyObject *kind_type = get(triggers, stem, Py_None);
    int truth = kind_type == NULL ? -1 : PyObject_IsTrue(kind_type);
    if (truth == 0) {
        kind_type = get(triggers, word, Py_None);
        truth = kind_type == NULL ? -1 : PyObject_IsTrue(kind_type);
    }
    if (truth < 0)
        goto done;
    if (truth) {
        if (!PyTuple_Check(kind_type) || PyTuple_GET_SIZE(kind_type) < 2) {
            PyErr_SetString(PyExc_TypeError, "a trigger is (kind, type)");
            goto done;
        }
        trigger = PyUnicode_FromFormat("%S:%S", PyTuple_GET_ITEM(kind_type, 0),
                                       PyTuple_GET_ITEM(kind_type, 1));
    }
    else {
        trigger = empty_text;
        Py_INCREF(trigger);
    }
    PyObject *shape = trigger ? shape_of(word, stem, names) : NULL;
    if (shape != NULL)
        out = PyTuple_Pack(5, stem, prefix, suffix, trigger, shape);
done:
    Py_XDECREF(trigger);
    Py_DECREF(parts);
    return out;
}

/* ``attribute`` appended to ``*slot`` (a tuple, replaced); 0, or -1 */
static int
append_attribute(PyObject **slot, PyObject *attribute)
{
    Py_ssize_t size = PyTuple_GET_SIZE(*slot);
    PyObject *grown = PyTuple_New(size + 1);
    if (grown == NULL)
        return -1;
    for (Py_ssize_t i = 0; i < size; i++) {
        PyObject *item = PyTuple_GET_ITEM(*slot, i);
        Py_INCREF(item);
        PyTuple_SET_ITEM(grown, i, item);
    }
    Py_INCREF(attribute);
    PyTuple_SET_ITEM(grown, size, attribute);
    Py_SETREF(*slot, grown);
    return 0;
}

/* The bigram attributes of each word (a list of tuples), or NULL: pair k is word k-1 and
 * word k over ``<s> words </s>``, ``pairs[word k-1][word k]`` its (left, right) attributes */
static PyObject *
bigrams(PyObject *const *words, Py_ssize_t n, PyObject *pairs, PyObject *bos, PyObject *eos)
{
    PyObject *empty = PyTuple_New(0);
    if (empty == NULL)
        return NULL;
    PyObject *extras = PyList_New(n);
    if (extras == NULL) {
        Py_DECREF(empty);
        return NULL;
    }
    for (Py_ssize_t k = 0; k < n; k++) {
        Py_INCREF(empty);
        PyList_SET_ITEM(extras, k, empty);
    }
    Py_DECREF(empty);
    PyObject **slots = ((PyListObject *)extras)->ob_item;
    for (Py_ssize_t k = 0; k <= n; k++) {
        PyObject *before = k ? words[k - 1] : bos, *word = k < n ? words[k] : eos;
        PyObject *after = PyDict_GetItemWithError(pairs, before);
        if (after == NULL) {
            if (PyErr_Occurred())
                goto fail;
            continue;  /* no known pair opens with word k-1 */
        }
        if (!PyDict_Check(after)) {
            PyErr_SetString(PyExc_TypeError, "pairs maps a word to a dict");
            goto fail;
        }
        PyObject *both = PyDict_GetItemWithError(after, word);
        if (both == NULL) {
            if (PyErr_Occurred())
                goto fail;
            continue;
        }
        if (!PyTuple_Check(both) || PyTuple_GET_SIZE(both) != 2) {
            PyErr_SetString(PyExc_TypeError, "a pair's attributes are a (left, right) tuple");
            goto fail;
        }
        Py_INCREF(both);  /* held while a tuple is grown */
        PyObject *left = PyTuple_GET_ITEM(both, 0), *right = PyTuple_GET_ITEM(both, 1);
        int failed = (k < n && left != Py_None && append_attribute(&slots[k], left) < 0)
                  || (k && right != Py_None && append_attribute(&slots[k - 1], right) < 0);
        Py_DECREF(both);
        if (failed)
            goto fail;
    }
    return extras;
fail:
    Py_DECREF(extras);
    return NULL;
}

/* ``facts(word, splitter, triggers, names)``: what ``features._facts(word)`` gives, found as
 * ``sentence`` finds a new word's (for the tests that hold the two together). */
static PyObject *
facts(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *word, *splitter, *triggers, *names;
    Splitter sp;
    if (!PyArg_ParseTuple(args, "UOO!O", &word, &splitter, &PyDict_Type, &triggers, &names))
        return NULL;
    if (!PyAnySet_Check(names)) {
        PyErr_SetString(PyExc_TypeError, "the names are a set");
        return NULL;
    }
    if (read_splitter(splitter, &sp) < 0)
        return NULL;
    return facts_of(&sp, triggers, names, word);
}

/* ``(records, limit, refs, splitter, triggers, names)``: what ``sentence`` reads to pack a
 * new word itself as ``Features._packed_word`` packs it (``records``: the words that have a
 * record, left to ``missing``; ``limit``: the cache's size at which ``missing`` is left to
 * clear it; ``refs``: as ``packed`` takes them; ``names``: the personal names). */
typedef struct {
    PyObject *records, *refs, *triggers, *names;
    Py_ssize_t limit;
    Splitter splitter;
} Maker;

/* The maker and the splitter read last, and the tuples they were read from (held, so the
 * borrowed objects they point to stay alive; tuples never change): the callers pass the
 * same tuples sentence after sentence, and reading them again was a tenth of a call. */
static PyObject *last_maker_args, *last_splitter_args;
static Maker last_maker;
static Splitter last_splitter;

static int read_maker(PyObject *tuple, Maker *mk);

/* ``read_maker``, or the maker read from the same tuple last time */
static int
read_maker_once(PyObject *tuple, Maker *mk)
{
    if (tuple != last_maker_args) {
        if (read_maker(tuple, mk) < 0)
            return -1;
        last_maker = *mk;
        Py_INCREF(tuple);
        Py_XSETREF(last_maker_args, tuple);
        return 0;
    }
    *mk = last_maker;
    return 0;
}

/* ``read_splitter``, or the splitter read from the same tuple last time */
static int
read_splitter_once(PyObject *tuple, Splitter *sp)
{
    if (tuple != last_splitter_args) {
        if (read_splitter(tuple, sp) < 0)
            return -1;
        last_splitter = *sp;
        Py_INCREF(tuple);
        Py_XSETREF(last_splitter_args, tuple);
        return 0;
    }
    *sp = last_splitter;
    return 0;
}

static int
read_maker(PyObject *tuple, Maker *mk)
{
    PyObject *splitter;
    if (!PyArg_ParseTuple(tuple, "O!nO!OO!O;a maker is (records, limit, refs, splitter, "
                          "triggers, names)", &PyDict_Type, &mk->records, &mk->limit,
                          &PyTuple_Type, &mk->refs, &splitter, &PyDict_Type, &mk->triggers,
                          &mk->names))
        return -1;
    if (!PyAnySet_Check(mk->names)) {
        PyErr_SetString(PyExc_TypeError, "the names are a set");
        return -1;
    }
    return read_splitter(splitter, &mk->splitter);
}

/* The packed record of a word, made here as ``Features._packed_word`` makes it (not kept):
 * NULL with no error where it is ``missing``'s to make (a mark, a word with a record). */
static PyObject *
new_record(const Maker *mk, PyObject *word, PyObject *bos, PyObject *eos)
{
    if (word == bos || word == eos)
        return NULL;
    int known = PyUnicode_Compare(word, bos) == 0 || PyUnicode_Compare(word, eos) == 0;
    if (!known && PyDict_GET_SIZE(mk->records))
        known = PyDict_Contains(mk->records, word);
    if (known)  /* -1: an error, passed on */
        return NULL;
    PyObject *facts = facts_of(&mk->splitter, mk->triggers, mk->names, word);
    if (facts == NULL)
        return NULL;
    PyObject *one = packed_record(word, facts, mk->refs);
    Py_DECREF(facts);
    return one;
}

/* The packed record of a word ``packed`` lacks, made here and kept in ``packed``: NULL with
 * no error where it is ``missing``'s to make (a mark, a word with a record, a full cache). */
static PyObject *
make_packed(const Maker *mk, PyObject *packed, PyObject *word, PyObject *bos, PyObject *eos)
{
    if (PyDict_GET_SIZE(packed) >= mk->limit)
        return NULL;
    PyObject *one = new_record(mk, word, bos, eos);
    if (one != NULL && PyDict_SetItem(packed, word, one) < 0)
        Py_CLEAR(one);
    return one;
}

/* ``tags`` (a list of ``n`` gazetteer tags) added to ``extras`` as
 * ``Features._add_gazetteer`` adds them: for each tagged word ``i`` in order (a true tag),
 * its record ``(here, before, after)`` (``records.get(tag)``, else ``make(tag)``) goes on the
 * attributes of word ``i``, ``i - 1`` and ``i + 1`` (those there): 0, or -1 with an error. */
static int
add_gazetteer(PyObject *extras, PyObject *tags, PyObject *records, PyObject *make)
{
    Py_ssize_t n = PyList_GET_SIZE(extras);
    if (PyList_GET_SIZE(tags) != n) {
        PyErr_SetString(PyExc_ValueError, "one gazetteer tag a word");
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *tag = PyList_GET_ITEM(tags, i);
        Py_INCREF(tag);  /* held while Python code may run */
        int truth = PyObject_IsTrue(tag);
        PyObject *rec = NULL;
        if (truth > 0) {
            rec = PyDict_GetItemWithError(records, tag);
            if (rec != NULL)
                Py_INCREF(rec);
            else if (!PyErr_Occurred())
                rec = PyObject_CallOneArg(make, tag);
        }
        Py_DECREF(tag);
        if (truth < 0 || (truth > 0 && rec == NULL))
            return -1;
        if (!truth)
            continue;
        if (!PyTuple_Check(rec) || PyTuple_GET_SIZE(rec) != 3) {
            Py_DECREF(rec);
            PyErr_SetString(PyExc_TypeError, "a gazetteer record is (here, before, after)");
            return -1;
        }
        /* here on word i, before on word i - 1, after on word i + 1, in that order */
        Py_ssize_t at[3] = {i, i - 1, i + 1};
        for (int k = 0; k < 3; k++) {
            if (at[k] < 0 || at[k] >= n)
                continue;
            PyObject *grown = PySequence_Concat(PyList_GET_ITEM(extras, at[k]),
                                                PyTuple_GET_ITEM(rec, k));
            if (grown == NULL) {
                Py_DECREF(rec);
                return -1;
            }
            if (PyList_SetItem(extras, at[k], grown) < 0) {
                Py_DECREF(rec);
                return -1;
            }
        }
        Py_DECREF(rec);
    }
    return 0;
}

/* The packed record of each of ``<s> <s> words </s> </s>`` into ``out`` (``n + 4`` new
 * references): ``packed.get(w) or`` one made by ``make_packed`` (with a maker) ``or
 * missing(w)``; 0, or -1 with an error set (the records made so far are in ``out``, the rest
 * left as they were). */
static int
pack_words(const Maker *mk, PyObject *packed, PyObject *missing, PyObject *const *items,
           Py_ssize_t n, PyObject *bos, PyObject *eos, PyObject **out)
{
    for (Py_ssize_t i = 0; i < n + 4; i++) {
        PyObject *word = i < 2 ? bos : i < n + 2 ? items[i - 2] : eos;
        PyObject *one = PyDict_GetItemWithError(packed, word);
        int truth = 0;
        if (one != NULL) {
            Py_INCREF(one);
            truth = PyObject_IsTrue(one);
            if (truth < 0) {
                Py_DECREF(one);
                return -1;
            }
            if (!truth)
                Py_CLEAR(one);
        }
        else if (PyErr_Occurred())
            return -1;
        if (one == NULL && mk != NULL &&
                (one = make_packed(mk, packed, word, bos, eos)) == NULL && PyErr_Occurred())
            return -1;
        if (one == NULL && (one = PyObject_CallOneArg(missing, word)) == NULL)
            return -1;
        out[i] = one;
    }
    return 0;
}

static PyObject *
sentence(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *words, *packed, *missing, *pairs, *bos, *eos, *maker_args = Py_None;
    PyObject *tags = Py_None, *records = NULL, *make = NULL;
    Maker maker;
    if (!PyArg_ParseTuple(args, "OO!OO!(UU)|OOO!O", &words, &PyDict_Type, &packed, &missing,
                          &PyDict_Type, &pairs, &bos, &eos, &maker_args, &tags,
                          &PyDict_Type, &records, &make))
        return NULL;
    if (tags != Py_None && (!PyList_Check(tags) || records == NULL || make == NULL)) {
        PyErr_SetString(PyExc_TypeError, "gazetteer tags are a list, with records and make");
        return NULL;
    }
    if (maker_args != Py_None && read_maker_once(maker_args, &maker) < 0)
        return NULL;
    /* a tuple of our own: the callback ``missing`` runs Python code, which could change a
     * list of words under the loop (and move or free its items) */
    PyObject *seq = PySequence_Tuple(words);
    if (seq == NULL)
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(seq);
    PyObject *const *items = &PyTuple_GET_ITEM(seq, 0);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!PyUnicode_Check(items[i])) {
            PyErr_SetString(PyExc_TypeError, "words are strings");
            Py_DECREF(seq);
            return NULL;
        }
    }
    PyObject *packs = PyList_New(n + 4), *extras = NULL, *out = NULL;
    if (packs == NULL)
        goto done;
    /* a new list's items are NULL: those ``pack_words`` did not reach stay NULL */
    if (pack_words(maker_args != Py_None ? &maker : NULL, packed, missing, items, n, bos, eos,
                   &PyList_GET_ITEM(packs, 0)) < 0)
        goto done;
    extras = bigrams(items, n, pairs, bos, eos);
    if (extras == NULL)
        goto done;
    if (tags != Py_None && add_gazetteer(extras, tags, records, make) < 0)
        goto done;
    out = PyTuple_Pack(2, packs, extras);
done:
    Py_XDECREF(packs);
    Py_XDECREF(extras);
    Py_DECREF(seq);
    return out;
}

/* (end, type) of the longest name from word i (end 0 and type NULL: none); the type is a new
 * reference the caller releases; -1 on error (nothing held) */
static int
longest(PyObject *const *words, Py_ssize_t n, Py_ssize_t i, PyObject *firsts, PyObject *types,
        PyObject *prefixes, Py_ssize_t max_words, Py_ssize_t *best_end, PyObject **best_type)
{
    *best_end = 0;
    *best_type = NULL;
    for (Py_ssize_t f = 0; f < PyTuple_GET_SIZE(firsts); f++) {
        PyObject *key = PyTuple_GET_ITEM(firsts, f);
        Py_INCREF(key);
        Py_ssize_t j = i + 1;
        for (;;) {
            PyObject *typ = PyDict_GetItemWithError(types, key);
            if (typ == NULL && PyErr_Occurred())
                goto fail;
            if (typ != NULL) {
                Py_INCREF(typ); /* held before its truth runs any code */
                int truth = PyObject_IsTrue(typ);
                if (truth > 0 && j > *best_end) {
                    *best_end = j;
                    Py_XSETREF(*best_type, typ);
                }
                else
                    Py_DECREF(typ);
                if (truth < 0)
                    goto fail;
            }
            if (j >= n || j - i >= max_words)
                break;
            int more = PySet_Contains(prefixes, key);
            if (more < 0)
                goto fail;
            if (!more)
                break;
            PyObject *spaced = PyUnicode_Concat(key, space);
            if (spaced == NULL)
                goto fail;
            Py_SETREF(key, PyUnicode_Concat(spaced, words[j]));
            Py_DECREF(spaced);
            if (key == NULL)
                goto fail;
            j++;
        }
        Py_DECREF(key);
        continue;
    fail:
        Py_XDECREF(key);
        Py_CLEAR(*best_type);
        *best_end = 0;
        return -1;
    }
    return 0;
}

/* ``gazetteer._opening_keys(word, types, prefixes)``: a new tuple, or NULL. */
static PyObject *
opening_keys_of(const Splitter *sp, PyObject *word, PyObject *types, PyObject *prefixes)
{
    PyObject *parts = NULL, *keys[2], *out = NULL;
    int k = 0, in;
    if ((in = PyDict_Contains(types, word)) == 0)
        in = PySet_Contains(prefixes, word);
    if (in < 0)
        return NULL;
    if (in)
        keys[k++] = word;
    if (may_have_prefix(sp, word)) {  /* else no prefix, so no stem to look up */
        if (split_word(sp, word, &parts) < 0)
            return NULL;
    }
    PyObject *prefix = parts ? PyTuple_GET_ITEM(parts, 0) : empty_text;
    PyObject *stem = parts ? PyTuple_GET_ITEM(parts, 1) : word;
    if (PyUnicode_GET_LENGTH(prefix)) {
        int other = PyUnicode_Compare(stem, word);
        if (other == -1 && PyErr_Occurred())
            goto done;
        if (other) {
            if ((in = PyDict_Contains(types, stem)) == 0)
                in = PySet_Contains(prefixes, stem);
            if (in < 0)
                goto done;
            if (in)
                keys[k++] = stem;
        }
    }
    out = tuple_of(keys, k);
done:
    Py_XDECREF(parts);
    return out;
}

/* What ``gazetteer_tags`` reads (``gazetteer``'s arguments; ``splitter``: NULL without a
 * maker, then every new word's keys are ``opening_keys``'). */
typedef struct {
    PyObject *openers, *opening_keys, *types, *prefixes;
    Py_ssize_t max_words;
    const Splitter *splitter;
    Py_ssize_t limit;
} Gazetteer;

static int gazetteer_tags(const Gazetteer *gz, PyObject *const *items, Py_ssize_t n,
                          PyObject **tags);

static PyObject *
gazetteer(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *words, *openers, *opening_keys, *types, *prefixes, *maker = Py_None;
    Py_ssize_t max_words, limit = 0;
    Splitter splitter;
    if (!PyArg_ParseTuple(args, "OO!OO!On|O", &words, &PyDict_Type, &openers, &opening_keys,
                          &PyDict_Type, &types, &prefixes, &max_words, &maker))
        return NULL;
    if (maker != Py_None) {  /* (limit, splitter): new words' keys found here, kept in openers */
        if (!PyTuple_Check(maker) || PyTuple_GET_SIZE(maker) != 2) {
            PyErr_SetString(PyExc_TypeError, "the maker is (limit, splitter)");
            return NULL;
        }
        limit = PyLong_AsSsize_t(PyTuple_GET_ITEM(maker, 0));
        if ((limit == -1 && PyErr_Occurred()) ||
            read_splitter_once(PyTuple_GET_ITEM(maker, 1), &splitter) < 0)
            return NULL;
    }
    if (!PyAnySet_Check(prefixes)) {
        PyErr_SetString(PyExc_TypeError, "prefixes is a set");
        return NULL;
    }
    /* a tuple of our own: the callback ``opening_keys`` runs Python code */
    PyObject *seq = PySequence_Tuple(words);
    if (seq == NULL)
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(seq);
    PyObject *const *items = &PyTuple_GET_ITEM(seq, 0);
    PyObject *tags = NULL, *out = NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!PyUnicode_Check(items[i])) {
            PyErr_SetString(PyExc_TypeError, "words are strings");
            goto done;
        }
    }
    /* a new list's items are NULL until set: the untagged words get "" after */
    if ((tags = PyList_New(n)) == NULL)
        goto done;
    Gazetteer gz = {openers, opening_keys, types, prefixes, max_words,
                    maker != Py_None ? &splitter : NULL, limit};
    if (gazetteer_tags(&gz, items, n, &PyList_GET_ITEM(tags, 0)) < 0)
        goto done;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (PyList_GET_ITEM(tags, i) == NULL) {
            Py_INCREF(empty_text);
            PyList_SET_ITEM(tags, i, empty_text);
        }
    }
    out = tags;
    tags = NULL;
done:
    Py_XDECREF(tags);  /* its NULL items are skipped */
    Py_DECREF(seq);
    return out;
}

/* The opening keys of a word (a new tuple), as ``gazetteer`` finds them: ``openers.get(word)``,
 * else (with a splitter, short of a full cache) found here and, with ``keep``, kept in
 * ``openers``, else ``opening_keys(word, types, prefixes)``; NULL on error. */
static PyObject *
word_keys(const Gazetteer *gz, PyObject *word, int keep)
{
    PyObject *found = PyDict_GetItemWithError(gz->openers, word);
    if (found != NULL)
        Py_INCREF(found);
    else if (PyErr_Occurred())
        return NULL;
    else if (gz->splitter != NULL && PyDict_GET_SIZE(gz->openers) < gz->limit) {
        /* as ``opening_keys`` would, short of clearing a full cache: its to do */
        if ((found = opening_keys_of(gz->splitter, word, gz->types, gz->prefixes)) == NULL)
            return NULL;
        if (keep && PyDict_SetItem(gz->openers, word, found) < 0) {
            Py_DECREF(found);
            return NULL;
        }
    }
    else if ((found = PyObject_CallFunctionObjArgs(gz->opening_keys, word, gz->types,
                                                   gz->prefixes, NULL)) == NULL)
        return NULL;
    if (!PyTuple_Check(found)) {
        Py_DECREF(found);
        PyErr_SetString(PyExc_TypeError, "opening keys are a tuple");
        return NULL;
    }
    return found;
}

/* The tags of ``n`` words from each word's opening keys (``keys``: tuples): from the left, at
 * each word with keys that no tagged name covers, the longest KB name; into ``tags`` (new
 * references; NULL for ``""``, left as it was): 0, or -1 with an error set. */
static int
mark_names(const Gazetteer *gz, PyObject *const *items, Py_ssize_t n, PyObject *const *keys,
           PyObject **tags)
{
    Py_ssize_t end = 0; /* the word after the last name tagged */
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *firsts = keys[i];
        if (PyTuple_GET_SIZE(firsts) == 0 || i < end)
            continue;
        Py_ssize_t best_end;
        PyObject *best_type;
        if (longest(items, n, i, firsts, gz->types, gz->prefixes, gz->max_words, &best_end,
                    &best_type) < 0)
            return -1;
        if (!best_end)
            continue;
        PyObject *first = PyUnicode_Concat(begin_tag, best_type);
        if (first == NULL) {
            Py_DECREF(best_type);
            return -1;
        }
        Py_XSETREF(tags[i], first);
        if (best_end > i + 1) {
            PyObject *inside = PyUnicode_Concat(inside_tag, best_type);
            if (inside == NULL) {
                Py_DECREF(best_type);
                return -1;
            }
            for (Py_ssize_t k = i + 1; k < best_end; k++) {
                Py_INCREF(inside);
                Py_XSETREF(tags[k], inside);
            }
            Py_DECREF(inside);
        }
        Py_DECREF(best_type);
        end = best_end;
    }
    return 0;
}

/* The gazetteer tag of each of ``n`` words (strings) into ``tags`` (new references; NULL
 * for ``""``, left as it was), as ``gazetteer`` finds them: 0, or -1 with an error set. */
static int
gazetteer_tags(const Gazetteer *gz, PyObject *const *items, Py_ssize_t n, PyObject **tags)
{
    int ok = -1;
    PyObject *keys = PyList_New(n);  /* its items NULL until set: a list frees those set */
    if (keys == NULL)
        return -1;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *found = word_keys(gz, items[i], 1);
        if (found == NULL)
            goto done;
        PyList_SET_ITEM(keys, i, found);
    }
    ok = mark_names(gz, items, n, &PyList_GET_ITEM(keys, 0), tags);
done:
    Py_DECREF(keys);
    return ok;
}

/* ---- ``spans``: an article's sentences from their words to their name spans, one call */

static const CrfApi *crf_api;  /* ``_fastcrf``'s entry points, imported at the first call */

/* What ``spans`` reads for the features of a sentence (``Features.sentence_args``):
 * ``packed``, ``missing``, ``pairs``, the marks, the maker, the gazetteer's ``records`` and
 * ``make`` as ``sentence`` takes them, then ``cards`` and their ``limit`` (``card_of``). */
typedef struct {
    PyObject *packed, *missing, *pairs, *bos, *eos, *records, *make, *cards;
    const Maker *maker;
    Py_ssize_t limit;
} Feats;

/* ``packed.get(word) or`` (with a maker) a record made by ``new_record`` ``or missing(word)``,
 * as ``pack_words`` finds a word's record but not kept in ``packed`` (the card keeps it): a
 * new reference, or NULL. */
static PyObject *
record_of(const Feats *ft, PyObject *word)
{
    PyObject *one = PyDict_GetItemWithError(ft->packed, word);
    if (one != NULL) {
        Py_INCREF(one);
        int truth = PyObject_IsTrue(one);
        if (truth > 0)
            return one;
        Py_DECREF(one);
        if (truth < 0)
            return NULL;
    }
    else if (PyErr_Occurred())
        return NULL;
    if (ft->maker != NULL && ((one = new_record(ft->maker, word, ft->bos, ft->eos)) != NULL ||
                              PyErr_Occurred()))
        return one;
    return PyObject_CallOneArg(ft->missing, word);
}

/* A word's card, ``(packed record and its own part's sums, opening keys, pairs[word] or
 * None)``: all the per-word lookups of a sentence's steps (``pack_words``,
 * ``gazetteer_tags``, ``bigrams``) found by one lookup in ``cards`` once the word was met
 * (most of a sentence's words). Made as those
 * steps find each (the keys ``()`` where there is no gazetteer) and kept, the cards cleared
 * when ``limit`` are kept. A new reference, or NULL. */
static PyObject *
card_of(const Feats *ft, const Gazetteer *gz, const CrfModel *cm, PyObject *word)
{
    PyObject *card = PyDict_GetItemWithError(ft->cards, word);
    if (card != NULL) {
        Py_INCREF(card);
        return card;
    }
    if (PyErr_Occurred())
        return NULL;
    PyObject *one = record_of(ft, word), *keys = NULL, *after = NULL;
    if (one == NULL)
        return NULL;
    /* the record with its own part's sums after it (round 35, ``_crfapi.h``: ``with_own``),
     * which the CRF copies into the word's row instead of adding those weights anew */
    PyObject *summed = crf_api->with_own(cm, one);
    Py_DECREF(one);
    if ((one = summed) == NULL)
        return NULL;
    if (gz != NULL)
        keys = word_keys(gz, word, 0);
    else if ((keys = PyTuple_New(0)) == NULL)
        goto done;
    if (keys == NULL)
        goto done;
    after = PyDict_GetItemWithError(ft->pairs, word);
    if (after == NULL && PyErr_Occurred())
        goto done;
    if (after != NULL && !PyDict_Check(after)) {
        PyErr_SetString(PyExc_TypeError, "pairs maps a word to a dict");
        goto done;
    }
    card = PyTuple_Pack(3, one, keys, after != NULL ? after : Py_None);
    if (card == NULL)
        goto done;
    if (PyDict_GET_SIZE(ft->cards) >= ft->limit)
        PyDict_Clear(ft->cards);
    if (PyDict_SetItem(ft->cards, word, card) < 0)
        Py_CLEAR(card);
done:
    Py_DECREF(one);
    Py_XDECREF(keys);
    return card;
}

/* The ``(left, right)`` attributes of the pair ``before|word`` (borrowed; NULL where the
 * pairs lack it or its attribute is ``None``), ``after`` being ``pairs[before]`` (``None``
 * where the pairs lack it), as ``bigrams`` finds them: 0, or -1. */
static int
pair_attributes(PyObject *after, PyObject *word, PyObject **left, PyObject **right)
{
    *left = *right = NULL;
    if (after == Py_None)
        return 0;  /* no known pair opens with ``before`` */
    PyObject *both = PyDict_GetItemWithError(after, word);
    if (both == NULL)
        return PyErr_Occurred() ? -1 : 0;
    if (!PyTuple_Check(both) || PyTuple_GET_SIZE(both) != 2) {
        PyErr_SetString(PyExc_TypeError, "a pair's attributes are a (left, right) tuple");
        return -1;
    }
    *left = PyTuple_GET_ITEM(both, 0) != Py_None ? PyTuple_GET_ITEM(both, 0) : NULL;
    *right = PyTuple_GET_ITEM(both, 1) != Py_None ? PyTuple_GET_ITEM(both, 1) : NULL;
    return 0;
}

/* A gazetteer tag's record ``(here, before, after)``, each a tuple (a new reference):
 * ``records.get(tag)``, else ``make(tag)``, as ``add_gazetteer`` reads it; NULL on error. */
static PyObject *
tag_record(PyObject *records, PyObject *make, PyObject *tag)
{
    PyObject *rec = PyDict_GetItemWithError(records, tag);
    if (rec != NULL)
        Py_INCREF(rec);
    else if (PyErr_Occurred() || (rec = PyObject_CallOneArg(make, tag)) == NULL)
        return NULL;
    if (!PyTuple_Check(rec) || PyTuple_GET_SIZE(rec) != 3 ||
            !PyTuple_Check(PyTuple_GET_ITEM(rec, 0)) || !PyTuple_Check(PyTuple_GET_ITEM(rec, 1)) ||
            !PyTuple_Check(PyTuple_GET_ITEM(rec, 2))) {
        Py_DECREF(rec);
        PyErr_SetString(PyExc_TypeError, "a gazetteer record is (here, before, after) tuples");
        return NULL;
    }
    return rec;
}

/* Appends ``part`` (a tuple of attributes) to ``attrs`` at ``*k``. */
static inline void
put_all(PyObject **attrs, Py_ssize_t *k, PyObject *part)
{
    for (Py_ssize_t a = 0; a < PyTuple_GET_SIZE(part); a++)
        attrs[(*k)++] = PyTuple_GET_ITEM(part, a);
}

/* What one article's sentences share: the marks' records and ``pairs[<s>]``. */
typedef struct {
    PyObject *bos_pack, *eos_pack, *bos_after;
} Marks;

/* The spans of one sentence (a tuple of ``n`` strings), as ``tagger.tag_spans`` gives them:
 * each word's card (its packed record, opening keys and pairs), the gazetteer tags (``gz``:
 * none when NULL) and their records, then per token the attributes ``sentence`` would put
 * in its extras (the left pair's, the right pair's, then the gazetteer's of the word before,
 * the word, the word after), which the CRF reads in that order. A new list, or NULL. */
static PyObject *
sentence_spans(const Feats *ft, const Gazetteer *gz, const Marks *marks, const CrfModel *cm,
               PyObject *const *items, Py_ssize_t n)
{
    if (n == 0)
        return PyList_New(0);
    PyObject *result = NULL, **attrs = NULL;
    Py_ssize_t *ends = NULL;
    /* held: tags[n], recs[n], cards[n]; borrowed: keys[n], packs[n + 4], lefts[n + 1],
     * rights[n + 1] */
    PyObject **block = PyMem_Calloc((size_t)(7 * n + 6), sizeof(PyObject *));
    if (block == NULL)
        return PyErr_NoMemory();
    PyObject **tags = block, **recs = tags + n, **cards = recs + n, **keys = cards + n;
    PyObject **packs = keys + n, **lefts = packs + n + 4, **rights = lefts + n + 1;
    for (Py_ssize_t i = 0; i < n; i++) {
        if ((cards[i] = card_of(ft, gz, cm, items[i])) == NULL)
            goto done;
        packs[i + 2] = PyTuple_GET_ITEM(cards[i], 0);
        keys[i] = PyTuple_GET_ITEM(cards[i], 1);
    }
    packs[0] = packs[1] = marks->bos_pack;
    packs[n + 2] = packs[n + 3] = marks->eos_pack;
    if (gz != NULL && mark_names(gz, items, n, keys, tags) < 0)
        goto done;
    Py_ssize_t room = 2 * n;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (tags[i] == NULL)
            continue;
        int truth = PyObject_IsTrue(tags[i]);  /* a tag is "" or a true string */
        if (truth < 0)
            goto done;
        if (!truth)
            continue;
        if ((recs[i] = tag_record(ft->records, ft->make, tags[i])) == NULL)
            goto done;
        for (int part = 0; part < 3; part++)
            room += PyTuple_GET_SIZE(PyTuple_GET_ITEM(recs[i], part));
    }
    /* pair k is word k-1 and word k over ``<s> words </s>`` */
    for (Py_ssize_t k = 0; k <= n; k++)
        if (pair_attributes(k ? PyTuple_GET_ITEM(cards[k - 1], 2) : marks->bos_after,
                            k < n ? items[k] : ft->eos, &lefts[k], &rights[k]) < 0)
            goto done;
    attrs = PyMem_Malloc(sizeof(PyObject *) * (size_t)(room + 1));
    ends = PyMem_Malloc(sizeof(Py_ssize_t) * (size_t)n);
    if (attrs == NULL || ends == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t at = 0;
    for (Py_ssize_t k = 0; k < n; k++) {
        if (lefts[k] != NULL)
            attrs[at++] = lefts[k];
        if (rights[k + 1] != NULL)
            attrs[at++] = rights[k + 1];
        if (k > 0 && recs[k - 1] != NULL)
            put_all(attrs, &at, PyTuple_GET_ITEM(recs[k - 1], 2));
        if (recs[k] != NULL)
            put_all(attrs, &at, PyTuple_GET_ITEM(recs[k], 0));
        if (k + 1 < n && recs[k + 1] != NULL)
            put_all(attrs, &at, PyTuple_GET_ITEM(recs[k + 1], 1));
        ends[k] = at;
    }
    result = crf_api->spans(cm, packs, attrs, ends, n);
done:
    for (Py_ssize_t i = 0; i < 3 * n; i++)  /* tags, recs and cards: held */
        Py_XDECREF(block[i]);
    PyMem_Free(block);
    PyMem_Free(attrs);
    PyMem_Free(ends);
    return result;
}

/* ``spans(sentences, features, gazetteer, tables)``: see the top of the file. */
static PyObject *
spans(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *sentences, *feats, *gaz, *tables, *maker_args, *gaz_maker = Py_None;
    Feats ft;
    Maker maker;
    Marks marks = {NULL, NULL, NULL};
    Gazetteer gz = {.splitter = NULL, .limit = 0};
    Splitter splitter;
    if (!PyArg_ParseTuple(args, "O!O!OO", &PyList_Type, &sentences, &PyTuple_Type, &feats,
                          &gaz, &tables))
        return NULL;
    if (!PyArg_ParseTuple(feats, "O!OO!(UU)OO!OO!n;features are (packed, missing, pairs, "
                          "marks, maker, records, make, cards, limit)", &PyDict_Type,
                          &ft.packed, &ft.missing, &PyDict_Type, &ft.pairs, &ft.bos, &ft.eos,
                          &maker_args, &PyDict_Type, &ft.records, &ft.make, &PyDict_Type,
                          &ft.cards, &ft.limit))
        return NULL;
    ft.maker = NULL;
    if (maker_args != Py_None) {
        if (read_maker_once(maker_args, &maker) < 0)
            return NULL;
        ft.maker = &maker;
    }
    if (gaz != Py_None) {
        if (!PyTuple_Check(gaz)) {
            PyErr_SetString(PyExc_TypeError, "the gazetteer is a tuple");
            return NULL;
        }
        if (!PyArg_ParseTuple(gaz, "O!OO!On|O;the gazetteer is (openers, opening_keys, "
                              "types, prefixes, max_words, maker)", &PyDict_Type, &gz.openers,
                              &gz.opening_keys, &PyDict_Type, &gz.types, &gz.prefixes,
                              &gz.max_words, &gaz_maker))
            return NULL;
        if (!PyAnySet_Check(gz.prefixes)) {
            PyErr_SetString(PyExc_TypeError, "prefixes is a set");
            return NULL;
        }
        if (gaz_maker != Py_None) {
            if (!PyTuple_Check(gaz_maker) || PyTuple_GET_SIZE(gaz_maker) != 2) {
                PyErr_SetString(PyExc_TypeError, "the maker is (limit, splitter)");
                return NULL;
            }
            gz.limit = PyLong_AsSsize_t(PyTuple_GET_ITEM(gaz_maker, 0));
            if ((gz.limit == -1 && PyErr_Occurred()) ||
                    read_splitter_once(PyTuple_GET_ITEM(gaz_maker, 1), &splitter) < 0)
                return NULL;
            gz.splitter = &splitter;
        }
    }
    if (crf_api == NULL) {
        const CrfApi *api = PyCapsule_Import(CRF_API_CAPSULE, 0);
        if (api == NULL)
            return NULL;
        if (api->size != sizeof(CrfApi)) {
            PyErr_SetString(PyExc_ImportError, "marsad.ner._fastcrf was built from another "
                            "_crfapi.h: rebuild both extensions");
            return NULL;
        }
        crf_api = api;
    }
    CrfModel *cm = crf_api->open(tables);
    if (cm == NULL)
        return NULL;
    /* held: the callbacks run Python code, which could change the list under the loop */
    PyObject *held = PySequence_Tuple(sentences), *out = NULL;
    if (held == NULL)
        goto done;
    /* the marks' records and the pairs opening with <s>: once an article */
    if ((marks.bos_pack = record_of(&ft, ft.bos)) == NULL ||
            (marks.eos_pack = record_of(&ft, ft.eos)) == NULL)
        goto done;
    marks.bos_after = PyDict_GetItemWithError(ft.pairs, ft.bos);
    if (marks.bos_after == NULL) {
        if (PyErr_Occurred())
            goto done;
        marks.bos_after = Py_None;  /* borrowed, as from ``pairs``, which nothing changes */
    }
    else if (!PyDict_Check(marks.bos_after)) {
        PyErr_SetString(PyExc_TypeError, "pairs maps a word to a dict");
        goto done;
    }
    Py_ssize_t count = PyTuple_GET_SIZE(held);
    if ((out = PyList_New(count)) == NULL)
        goto done;
    for (Py_ssize_t s = 0; s < count; s++) {
        /* a tuple of our own, as ``sentence`` and ``gazetteer`` make one */
        PyObject *seq = PySequence_Tuple(PyTuple_GET_ITEM(held, s));
        if (seq == NULL)
            goto fail;
        Py_ssize_t n = PyTuple_GET_SIZE(seq);
        PyObject *const *items = &PyTuple_GET_ITEM(seq, 0);
        PyObject *found = NULL;
        Py_ssize_t i = 0;
        for (; i < n && PyUnicode_Check(items[i]); i++)
            ;
        if (i < n)
            PyErr_SetString(PyExc_TypeError, "words are strings");
        else
            found = sentence_spans(&ft, gaz != Py_None ? &gz : NULL, &marks, cm, items, n);
        Py_DECREF(seq);
        if (found == NULL)
            goto fail;
        PyList_SET_ITEM(out, s, found);
    }
    goto done;
fail:
    Py_CLEAR(out);
done:
    Py_XDECREF(held);
    Py_XDECREF(marks.bos_pack);
    Py_XDECREF(marks.eos_pack);
    crf_api->close(cm);
    return out;
}

/* ---- ``article_words``: an article's tokens read once, cut into its sentences */

static PyObject *norm_name, *text_name, *sentence_name;  /* "norm" "text" "sentence" */

/* ``article_words(tokens)``: ``(norms, runs, words)``, what ``entities._article_words`` gives:
 * each token's ``norm``; the runs of tokens with the same ``sentence`` (``tokens[a:b]``, cut
 * where it changes); per run, the words the tagger reads (a tuple: a token's ``norm``, or its
 * ``text`` where the norm is empty). */
static PyObject *
article_words(PyObject *Py_UNUSED(self), PyObject *arg)
{
    PyObject *seq = PySequence_Fast(arg, "tokens are a sequence");
    if (seq == NULL)
        return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    PyObject *const *tokens = PySequence_Fast_ITEMS(seq);
    PyObject *norms = PyList_New(n), *words = PyList_New(n), *runs = NULL, *groups = NULL;
    PyObject *out = NULL, *before = NULL;
    if (norms == NULL || words == NULL || (runs = PyList_New(0)) == NULL ||
            (groups = PyList_New(0)) == NULL)
        goto done;
    Py_ssize_t start = 0;
    for (Py_ssize_t k = 0; k <= n; k++) {
        PyObject *index = NULL;
        int cut = k == n;
        if (k < n) {
            PyObject *norm = PyObject_GetAttr(tokens[k], norm_name);
            if (norm == NULL)
                goto done;
            PyList_SET_ITEM(norms, k, norm);
            int truth = PyObject_IsTrue(norm);
            if (truth < 0)
                goto done;
            PyObject *word = norm;
            if (truth)
                Py_INCREF(word);
            else if ((word = PyObject_GetAttr(tokens[k], text_name)) == NULL)
                goto done;
            PyList_SET_ITEM(words, k, word);
            if ((index = PyObject_GetAttr(tokens[k], sentence_name)) == NULL)
                goto done;
            if (k > 0 && (cut = PyObject_RichCompareBool(index, before, Py_NE)) < 0) {
                Py_DECREF(index);
                goto done;
            }
        }
        if (cut && k > 0) {  /* tokens[start:k] is one sentence */
            PyObject *run = PySequence_GetSlice(arg, start, k);
            PyObject *group = run ? PyList_GetSlice(words, start, k) : NULL;
            PyObject *tuple = group ? PyList_AsTuple(group) : NULL;
            int failed = tuple == NULL || PyList_Append(runs, run) < 0 ||
                         PyList_Append(groups, tuple) < 0;
            Py_XDECREF(run);
            Py_XDECREF(group);
            Py_XDECREF(tuple);
            if (failed) {
                Py_XDECREF(index);
                goto done;
            }
            start = k;
        }
        Py_XSETREF(before, index);
    }
    out = PyTuple_Pack(3, norms, runs, groups);
done:
    Py_XDECREF(before);
    Py_XDECREF(norms);
    Py_XDECREF(words);
    Py_XDECREF(runs);
    Py_XDECREF(groups);
    Py_DECREF(seq);
    return out;
}

/* ---- ``propagate``: the consistency pass over an article, one call (round 35) */

/* ``(size, type)`` of the longest sure name at word ``i`` as ``consistency._match`` finds it:
 * 1 with ``*stop`` and ``*typ`` (borrowed from ``names``) set, 0 where none, -1 on error. */
static int
match_at(PyObject *const *words, Py_ssize_t n, Py_ssize_t i, const char *taken,
         PyObject *names, PyObject *sizes, PyObject *forms, Py_ssize_t *stop, PyObject **typ)
{
    PyObject *tries = PyList_New(0), *own = PyObject_CallOneArg(forms, words[i]);
    int found = -1;
    if (tries == NULL || own == NULL || !PyTuple_Check(own))
        goto done;
    for (Py_ssize_t f = 0; f < PyTuple_GET_SIZE(own); f++) {
        PyObject *form = PyTuple_GET_ITEM(own, f);
        PyObject *lengths = PyDict_GetItemWithError(sizes, form);
        if (lengths == NULL) {
            if (PyErr_Occurred())
                goto done;
            continue;
        }
        for (Py_ssize_t k = 0; k < PyList_GET_SIZE(lengths); k++) {
            PyObject *one = PyTuple_Pack(2, PyList_GET_ITEM(lengths, k), form);
            if (one == NULL || PyList_Append(tries, one) < 0) {
                Py_XDECREF(one);
                goto done;
            }
            Py_DECREF(one);
        }
    }
    /* ``sorted(..., reverse=True)``: equal tries are equal values, so sorting and then
     * reversing gives the same sequence */
    if (PyList_Sort(tries) < 0 || PyList_Reverse(tries) < 0)
        goto done;
    found = 0;
    for (Py_ssize_t k = 0; k < PyList_GET_SIZE(tries) && !found; k++) {
        PyObject *try = PyList_GET_ITEM(tries, k);
        Py_ssize_t size = PyLong_AsSsize_t(PyTuple_GET_ITEM(try, 0));
        if (size == -1 && PyErr_Occurred()) {
            found = -1;
            break;
        }
        if (size < 1 || i + size > n)
            continue;
        int hit = 0;
        for (Py_ssize_t j = i; j < i + size; j++)
            hit |= taken[j];
        if (hit)
            continue;
        PyObject *key = PyTuple_New(size);
        if (key == NULL) {
            found = -1;
            break;
        }
        PyObject *form = PyTuple_GET_ITEM(try, 1);
        Py_INCREF(form);
        PyTuple_SET_ITEM(key, 0, form);
        for (Py_ssize_t j = 1; j < size; j++) {
            Py_INCREF(words[i + j]);
            PyTuple_SET_ITEM(key, j, words[i + j]);
        }
        PyObject *type = PyDict_GetItemWithError(names, key);
        Py_DECREF(key);
        if (type == NULL) {
            if (PyErr_Occurred())
                found = -1;
            continue;
        }
        if (type != Py_None && !(i + size < n && taken[i + size])) {  /* ``_continues`` */
            *stop = i + size;
            *typ = type;
            found = 1;
        }
    }
done:
    if (found < 0 && !PyErr_Occurred())
        PyErr_SetString(PyExc_TypeError, "forms gives a tuple, sizes map to lists");
    Py_XDECREF(tries);
    Py_XDECREF(own);
    return found;
}

/* A span ``(first, stop, type, confidence)`` read: 0, or -1 with an error set. */
static int
read_span(PyObject *span, Py_ssize_t *first, Py_ssize_t *stop, PyObject **typ, double *conf)
{
    if (!PyTuple_Check(span) || PyTuple_GET_SIZE(span) != 4) {
        PyErr_SetString(PyExc_TypeError, "a span is (first, stop, type, confidence)");
        return -1;
    }
    *first = PyLong_AsSsize_t(PyTuple_GET_ITEM(span, 0));
    *stop = PyLong_AsSsize_t(PyTuple_GET_ITEM(span, 1));
    *typ = PyTuple_GET_ITEM(span, 2);
    *conf = PyFloat_AsDouble(PyTuple_GET_ITEM(span, 3));
    return PyErr_Occurred() ? -1 : 0;
}

/* ``consistency.sure_names``: ``{name's words: its type}`` (a new dict, or NULL). */
static PyObject *
sure_names(PyObject *const *sents, PyObject *const *found, Py_ssize_t count, PyObject *forms,
           PyObject *person, double sure, Py_ssize_t max_words, Py_ssize_t min_letters)
{
    PyObject *votes = PyDict_New(), *names = NULL, *keys = NULL;
    if (votes == NULL)
        return NULL;
    for (Py_ssize_t s = 0; s < count; s++) {
        PyObject *const *words = PySequence_Fast_ITEMS(sents[s]);
        Py_ssize_t n = PySequence_Fast_GET_SIZE(sents[s]);
        for (Py_ssize_t k = 0; k < PyList_GET_SIZE(found[s]); k++) {
            Py_ssize_t first, stop;
            PyObject *typ;
            double conf;
            if (read_span(PyList_GET_ITEM(found[s], k), &first, &stop, &typ, &conf) < 0)
                goto fail;
            if (conf < sure || stop - first > max_words)
                continue;
            if (first < 0 || stop > n || stop <= first) {
                PyErr_SetString(PyExc_IndexError, "a span out of its sentence");
                goto fail;
            }
            PyObject *own = PyObject_CallOneArg(forms, words[first]);
            if (own == NULL)
                goto fail;
            if (!PyTuple_Check(own)) {
                Py_DECREF(own);
                PyErr_SetString(PyExc_TypeError, "forms gives a tuple");
                goto fail;
            }
            int per = PyUnicode_Check(typ) && PyUnicode_Compare(typ, person) == 0;
            if (PyErr_Occurred()) {
                Py_DECREF(own);
                goto fail;
            }
            /* each form of the first word and the rest; a person's surname alone after */
            Py_ssize_t nforms = PyTuple_GET_SIZE(own);
            Py_ssize_t nkeys = nforms + (per && stop - first >= 2);
            keys = PyList_New(nkeys);
            for (Py_ssize_t f = 0; keys != NULL && f < nforms; f++) {
                PyObject *key = PyTuple_New(stop - first);
                if (key == NULL) {
                    Py_CLEAR(keys);
                    break;
                }
                Py_INCREF(PyTuple_GET_ITEM(own, f));
                PyTuple_SET_ITEM(key, 0, PyTuple_GET_ITEM(own, f));
                for (Py_ssize_t j = first + 1; j < stop; j++) {
                    Py_INCREF(words[j]);
                    PyTuple_SET_ITEM(key, j - first, words[j]);
                }
                PyList_SET_ITEM(keys, f, key);
            }
            Py_DECREF(own);
            if (keys == NULL)
                goto fail;
            if (nkeys > nforms) {
                PyObject *key = PyTuple_Pack(1, words[stop - 1]);
                if (key == NULL)
                    goto fail;
                PyList_SET_ITEM(keys, nkeys - 1, key);
            }
            for (Py_ssize_t q = 0; q < nkeys; q++) {
                PyObject *key = PyList_GET_ITEM(keys, q);
                Py_ssize_t letters = 0;
                for (Py_ssize_t j = 0; j < PyTuple_GET_SIZE(key); j++) {
                    Py_ssize_t len = PyObject_Length(PyTuple_GET_ITEM(key, j));
                    if (len < 0)
                        goto fail;
                    letters += len;
                }
                if (letters < min_letters)
                    continue;
                PyObject *tally = PyDict_GetItemWithError(votes, key);
                if (tally == NULL) {
                    if (PyErr_Occurred() || (tally = PyDict_New()) == NULL)
                        goto fail;
                    int failed = PyDict_SetItem(votes, key, tally);
                    Py_DECREF(tally);  /* held by ``votes`` */
                    if (failed < 0)
                        goto fail;
                }
                PyObject *had = PyDict_GetItemWithError(tally, typ);
                if (had == NULL && PyErr_Occurred())
                    goto fail;
                long before = had == NULL ? 0 : PyLong_AsLong(had);
                if (before == -1 && PyErr_Occurred())
                    goto fail;
                PyObject *now = PyLong_FromLong(before + 1);
                if (now == NULL)
                    goto fail;
                int failed = PyDict_SetItem(tally, typ, now);
                Py_DECREF(now);
                if (failed < 0)
                    goto fail;
            }
            Py_CLEAR(keys);
        }
    }
    /* the most votes, the first voted of equals (``max`` over the tally's order) */
    if ((names = PyDict_New()) == NULL)
        goto fail;
    Py_ssize_t pos = 0;
    PyObject *key, *tally;
    while (PyDict_Next(votes, &pos, &key, &tally)) {
        Py_ssize_t at = 0;
        PyObject *typ, *votes_for, *best = NULL;
        long most = 0;
        while (PyDict_Next(tally, &at, &typ, &votes_for)) {
            long v = PyLong_AsLong(votes_for);
            if (best == NULL || v > most) {
                best = typ;
                most = v;
            }
        }
        if (best != NULL && PyDict_SetItem(names, key, best) < 0)
            goto fail;
    }
    Py_DECREF(votes);
    return names;
fail:
    Py_XDECREF(keys);
    Py_XDECREF(names);
    Py_DECREF(votes);
    return NULL;
}

/* Whether ``word`` opens a sure name (``consistency.propagate_in``'s ``openers``): it is a
 * first word or a prefix and a first word (``candidates``) and a form of it is a first word.
 * Answers kept in ``seen`` for the article. 1, 0, or -1 on error. */
static int
opener(PyObject *word, PyObject *candidates, PyObject *sizes, PyObject *forms, PyObject *seen)
{
    int in = PySet_Contains(candidates, word);
    if (in <= 0)
        return in;
    PyObject *known = PyDict_GetItemWithError(seen, word);
    if (known != NULL)
        return known == Py_True;
    if (PyErr_Occurred())
        return -1;
    PyObject *own = PyObject_CallOneArg(forms, word);
    if (own == NULL)
        return -1;
    int opens = 0;
    if (!PyTuple_Check(own)) {
        PyErr_SetString(PyExc_TypeError, "forms gives a tuple");
        opens = -1;
    }
    for (Py_ssize_t f = 0; opens == 0 && f < PyTuple_GET_SIZE(own); f++) {
        opens = PyDict_Contains(sizes, PyTuple_GET_ITEM(own, f));
    }
    Py_DECREF(own);
    if (opens >= 0 && PyDict_SetItem(seen, word, opens ? Py_True : Py_False) < 0)
        return -1;
    return opens;
}

/* ``propagate(sentences, spans, forms, prefixes, person, sure, added, max_words,
 * min_letters)``: see the top of the file. */
static PyObject *
propagate(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *sentences, *spans_in, *forms, *prefixes, *person, *added_conf;
    double sure;
    Py_ssize_t max_words, min_letters;
    if (!PyArg_ParseTuple(args, "OOOOUdOnn", &sentences, &spans_in, &forms, &prefixes, &person,
                          &sure, &added_conf, &max_words, &min_letters))
        return NULL;
    PyObject *sents = PySequence_Tuple(sentences), *found = PySequence_Tuple(spans_in);
    PyObject *names = NULL, *sizes = NULL, *candidates = NULL, *seen = NULL, *out = NULL;
    PyObject *held = NULL;  /* each sentence as a fast sequence */
    char *taken = NULL;
    if (sents == NULL || found == NULL)
        goto done;
    /* ``zip``: as many as the shorter */
    Py_ssize_t count = PyTuple_GET_SIZE(sents) < PyTuple_GET_SIZE(found)
        ? PyTuple_GET_SIZE(sents) : PyTuple_GET_SIZE(found);
    if ((held = PyTuple_New(count)) == NULL)
        goto done;
    Py_ssize_t longest = 0;
    for (Py_ssize_t s = 0; s < count; s++) {
        PyObject *seq = PySequence_Fast(PyTuple_GET_ITEM(sents, s), "words are a sequence");
        if (seq == NULL)
            goto done;
        PyTuple_SET_ITEM(held, s, seq);
        if (PySequence_Fast_GET_SIZE(seq) > longest)
            longest = PySequence_Fast_GET_SIZE(seq);
        PyObject *list = PySequence_List(PyTuple_GET_ITEM(found, s));
        if (list == NULL)
            goto done;
        /* ``found`` is ours (a tuple): its items become the lists read below */
        PyObject *old = PyTuple_GET_ITEM(found, s);
        PyTuple_SET_ITEM(found, s, list);
        Py_DECREF(old);
    }
    PyObject *const *sent = &PyTuple_GET_ITEM(held, 0), *const *lists = &PyTuple_GET_ITEM(found, 0);
    if ((out = PyList_New(count)) == NULL)
        goto done;
    names = sure_names(sent, lists, count, forms, person, sure, max_words, min_letters);
    if (names == NULL)
        goto fail;
    if (PyDict_GET_SIZE(names) == 0) {
        for (Py_ssize_t s = 0; s < count; s++) {
            Py_INCREF(lists[s]);  /* a new list already (``PySequence_List``) */
            PyList_SET_ITEM(out, s, lists[s]);
        }
        goto done;
    }
    /* each first word's name lengths, in the names' order */
    if ((sizes = PyDict_New()) == NULL)
        goto fail;
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(names, &pos, &key, &value)) {
        PyObject *first = PyTuple_GET_ITEM(key, 0);
        PyObject *lengths = PyDict_GetItemWithError(sizes, first);
        if (lengths == NULL) {
            if (PyErr_Occurred() || (lengths = PyList_New(0)) == NULL)
                goto fail;
            int failed = PyDict_SetItem(sizes, first, lengths);
            Py_DECREF(lengths);
            if (failed < 0)
                goto fail;
        }
        PyObject *size = PyLong_FromSsize_t(PyTuple_GET_SIZE(key));
        if (size == NULL || PyList_Append(lengths, size) < 0) {
            Py_XDECREF(size);
            goto fail;
        }
        Py_DECREF(size);
    }
    /* the words that may open a name: a first word, or a prefix ``split`` cuts and one */
    if ((candidates = PySet_New(NULL)) == NULL || (seen = PyDict_New()) == NULL)
        goto fail;
    PyObject *cuts = PySequence_Tuple(prefixes);
    if (cuts == NULL)
        goto fail;
    pos = 0;
    while (PyDict_Next(sizes, &pos, &key, &value)) {
        if (PySet_Add(candidates, key) < 0)
            break;
        Py_ssize_t c = 0;
        for (; c < PyTuple_GET_SIZE(cuts); c++) {
            PyObject *joined = PyUnicode_Concat(PyTuple_GET_ITEM(cuts, c), key);
            if (joined == NULL || PySet_Add(candidates, joined) < 0) {
                Py_XDECREF(joined);
                break;
            }
            Py_DECREF(joined);
        }
        if (c < PyTuple_GET_SIZE(cuts))
            break;
    }
    Py_DECREF(cuts);
    if (PyErr_Occurred())
        goto fail;
    if ((taken = PyMem_Malloc((size_t)longest + 1)) == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    for (Py_ssize_t s = 0; s < count; s++) {
        PyObject *const *words = PySequence_Fast_ITEMS(sent[s]);
        Py_ssize_t n = PySequence_Fast_GET_SIZE(sent[s]);
        PyObject *list = lists[s];
        Py_ssize_t i = 0;
        for (; i < n; i++) {
            int opens = opener(words[i], candidates, sizes, forms, seen);
            if (opens < 0)
                goto fail;
            if (opens)
                break;
        }
        if (i == n) {  /* no opener: the sentence's spans as they are */
            Py_INCREF(list);
            PyList_SET_ITEM(out, s, list);
            continue;
        }
        memset(taken, 0, (size_t)n + 1);
        for (Py_ssize_t k = 0; k < PyList_GET_SIZE(list); k++) {
            Py_ssize_t first, stop;
            PyObject *typ;
            double conf;
            if (read_span(PyList_GET_ITEM(list, k), &first, &stop, &typ, &conf) < 0)
                goto fail;
            if (first < 0 || stop > n) {
                PyErr_SetString(PyExc_IndexError, "a span out of its sentence");
                goto fail;
            }
            for (Py_ssize_t j = first; j < stop; j++)
                taken[j] = 1;
        }
        Py_ssize_t after = 0;  /* the word after the last name added */
        for (; i < n; i++) {
            if (i < after || taken[i])
                continue;
            int opens = opener(words[i], candidates, sizes, forms, seen);
            if (opens < 0)
                goto fail;
            if (!opens)
                continue;
            Py_ssize_t stop;
            PyObject *typ;
            int hit = match_at(words, n, i, taken, names, sizes, forms, &stop, &typ);
            if (hit < 0)
                goto fail;
            if (hit) {
                PyObject *span = Py_BuildValue("(nnOO)", i, stop, typ, added_conf);
                if (span == NULL || PyList_Append(list, span) < 0) {
                    Py_XDECREF(span);
                    goto fail;
                }
                Py_DECREF(span);
                after = stop;
            }
        }
        if (PyList_Sort(list) < 0)
            goto fail;
        Py_INCREF(list);
        PyList_SET_ITEM(out, s, list);
    }
    goto done;
fail:
    Py_CLEAR(out);
done:
    PyMem_Free(taken);
    Py_XDECREF(sents);
    Py_XDECREF(found);
    Py_XDECREF(held);
    Py_XDECREF(names);
    Py_XDECREF(sizes);
    Py_XDECREF(candidates);
    Py_XDECREF(seen);
    return out;
}

static PyMethodDef methods[] = {
    {"parts", parts, METH_VARARGS,
     "parts(word, facts, tables) -> (own, as -2, as -1, as +1, as +2) known attributes"},
    {"packed", packed, METH_VARARGS,
     "packed(word, facts, refs) -> bytes (int32s: 5 ends, then places)"},
    {"sentence", sentence, METH_VARARGS,
     "sentence(words, packed, missing, pairs, marks, maker=None, tags=None, records=None, "
     "make=None) -> (packs, extras: bigrams, then the gazetteer's attributes)"},
    {"facts", facts, METH_VARARGS,
     "facts(word, splitter, triggers, names) -> (stem, prefix, suffix, trigger, shape)"},
    {"gazetteer", gazetteer, METH_VARARGS,
     "gazetteer(words, openers, opening_keys, types, prefixes, max_words, maker=None) -> tags"},
    {"article_words", article_words, METH_O,
     "article_words(tokens) -> (norms, runs of tokens by sentence, their words as tuples)"},
    {"spans", spans, METH_VARARGS,
     "spans(sentences, features, gazetteer, tables) -> per sentence, its (first, stop, type, "
     "confidence) name spans"},
    {"propagate", propagate, METH_VARARGS,
     "propagate(sentences, spans, forms, prefixes, person, sure, added, max_words, "
     "min_letters) -> per sentence, its spans and the sure names found again"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    .m_base = PyModuleDef_HEAD_INIT,
    .m_name = "_fastfeat",
    .m_doc = "The NER tagger's features, compiled (see marsad.ner.attributes, "
             "marsad.ner.features).",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit__fastfeat(void)
{
    if ((none5 = PyTuple_Pack(5, Py_None, Py_None, Py_None, Py_None, Py_None)) == NULL ||
        (none3 = PyTuple_Pack(3, Py_None, Py_None, Py_None)) == NULL ||
        (space = PyUnicode_InternFromString(" ")) == NULL ||
        (empty_text = PyUnicode_InternFromString("")) == NULL ||
        (begin_tag = PyUnicode_InternFromString("B-")) == NULL ||
        (inside_tag = PyUnicode_InternFromString("I-")) == NULL ||
        (norm_name = PyUnicode_InternFromString("norm")) == NULL ||
        (text_name = PyUnicode_InternFromString("text")) == NULL ||
        (sentence_name = PyUnicode_InternFromString("sentence")) == NULL ||
        (shape_lat = PyUnicode_InternFromString("lat")) == NULL ||
        (shape_name = PyUnicode_InternFromString("name")) == NULL ||
        (shape_ar = PyUnicode_InternFromString("ar")) == NULL ||
        (shape_num = PyUnicode_InternFromString("num")) == NULL ||
        (shape_pun = PyUnicode_InternFromString("pun")) == NULL ||
        (shape_mix = PyUnicode_InternFromString("mix")) == NULL)
        return NULL;
    return PyModule_Create(&module);
}
