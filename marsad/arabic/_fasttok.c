/* The tokeniser's loop, compiled: from the regex's matches to ``Token`` records; below it,
 * the conservative clitic split (``split``), the clitic candidates (``candidates``), the
 * event matcher's pre-test of a word's possible stems (``stem_filter``, ``may_spell``) and
 * the matching form (``fold``), each described where it starts.
 *
 * ``bind(Token, fields)`` checks that each name of ``fields`` is a plain object slot of
 * ``Token`` (a ``dataclass(slots=True)`` without ``__post_init__``: its ``__init__`` only
 * stores each argument in its slot) and keeps where each slot lies; it returns ``False``
 * (nothing kept) when one is not, and the Python loop is used instead.
 *
 * ``tokens(matches, kinds, seen, analyse, word, symbol)`` does what the Python loop of
 * ``marsad.arabic.tokenise.tokenise`` does, match by match: the surface (``match[0]``,
 * which is ``match.group()``), the kind (``kinds[match.lastgroup]``; the kind ``"other"``
 * becomes ``word`` when the surface is all letters, else ``symbol``), the analysis
 * ``seen.get(surface) or analyse(surface, kind)`` (a 4-tuple: norm, prefix, stem, suffix),
 * the offsets (``match.span()``, read as ``match.end()`` less the surface's length), and a
 * new ``Token`` with those nine values (``sentence`` 0) stored in its slots, as its
 * ``__init__`` would store them. The records are the same field for field; only the
 * interpreter's work per token is gone. Given a seventh argument
 * ``limit`` (``tokenise`` gives it where ``_analyse`` would call this module's ``split`` and
 * ``fold``), a surface not in ``seen`` is analysed here as ``_analyse`` does it — ``seen``
 * emptied first when it holds ``limit`` entries; a word's ``split`` with its parts joined
 * as the norm, any other kind's ``fold`` with no affixes; the analysis kept in ``seen`` —
 * instead of calling ``analyse``. ``scan(text, search, table, ...)`` gives the same list as
 * ``tokens(pattern.finditer(text), ...)`` with most tokens read from the text itself (see
 * where it starts).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

#include "../_token_slots.h"
#include <stdint.h>

#define N_FIELDS 9 /* start end text norm kind prefix stem suffix sentence */

static PyObject *split(PyObject *self, PyObject *word);
static PyObject *fold(PyObject *self, PyObject *text);
static int analysis_ready(void);

static PyTypeObject *token_type = NULL;
static Py_ssize_t offsets[N_FIELDS];
static PyObject *s_lastgroup, *s_end, *s_isalpha, *s_other, *zero;

static PyObject *
bind(PyObject *Py_UNUSED(self), PyObject *args)
{
    return bind_token_slots(args, N_FIELDS, 1, &token_type, offsets);
}

/* A new token with these values in its slots (references taken, not stolen). */
static PyObject *
new_token(PyObject *const values[N_FIELDS])
{
    PyObject *token = token_type->tp_alloc(token_type, 0);
    if (token == NULL)
        return NULL;
    for (int k = 0; k < N_FIELDS; k++) {
        Py_INCREF(values[k]);
        *(PyObject **)((char *)token + offsets[k]) = values[k];
    }
    return token;
}

/* ``tokenise._analyse(surface, kind)`` less the cache: ``(prefix + stem + suffix, prefix,
 * stem, suffix)`` of the word's split, or ``(fold(surface), "", fold(surface), "")``. */
static PyObject *
analysis_of(PyObject *surface, PyObject *kind, PyObject *word)
{
    int is_word = kind == word;
    if (!is_word && PyUnicode_Check(kind)) {
        is_word = PyUnicode_Compare(kind, word) == 0;
        if (PyErr_Occurred())
            return NULL;
    }
    PyObject *out = NULL;
    if (is_word) {
        PyObject *parts = split(NULL, surface);
        if (parts == NULL)
            return NULL;
        PyObject *prefix = PyTuple_GET_ITEM(parts, 0), *stem = PyTuple_GET_ITEM(parts, 1),
                 *suffix = PyTuple_GET_ITEM(parts, 2);
        PyObject *head = PyUnicode_Concat(prefix, stem);
        PyObject *norm = head == NULL ? NULL : PyUnicode_Concat(head, suffix);
        if (norm != NULL)
            out = PyTuple_Pack(4, norm, prefix, stem, suffix);
        Py_XDECREF(norm);
        Py_XDECREF(head);
        Py_DECREF(parts);
        return out;
    }
    PyObject *norm = fold(NULL, surface);
    PyObject *empty = PyUnicode_New(0, 0);
    if (norm != NULL && empty != NULL)
        out = PyTuple_Pack(4, norm, empty, norm, empty);
    Py_XDECREF(norm);
    Py_XDECREF(empty);
    return out;
}

/* Appends to ``out`` the token of ``surface`` of kind ``kind`` (both borrowed) that ends at
 * ``stop``: the analysis ``seen.get(surface) or analyse(surface, kind)`` (or, given
 * ``limit``, made here as ``_analyse`` makes it), the start ``len(surface)`` before ``stop``,
 * and a new ``Token`` with the nine values. 0, or -1 with an exception set. */
static int
append_token(PyObject *out, PyObject *surface, PyObject *kind, Py_ssize_t stop,
             PyObject *seen, PyObject *analyse, PyObject *word, Py_ssize_t limit)
{
    PyObject *analysis = NULL, *start = NULL, *end = NULL, *token = NULL;
    analysis = PyDict_GetItemWithError(seen, surface);
    if (analysis != NULL) {
        Py_INCREF(analysis);
        int truth = PyObject_IsTrue(analysis);
        if (truth < 0)
            goto fail;
        if (!truth)
            Py_CLEAR(analysis);
    }
    else if (PyErr_Occurred())
        goto fail;
    if (analysis == NULL && limit >= 0) { /* as ``_analyse`` does it, without the call */
        if (PyDict_GET_SIZE(seen) >= limit)
            PyDict_Clear(seen);
        analysis = analysis_of(surface, kind, word);
        if (analysis == NULL || PyDict_SetItem(seen, surface, analysis) < 0)
            goto fail;
    }
    else if (analysis == NULL) {
        analysis = PyObject_CallFunctionObjArgs(analyse, surface, kind, NULL);
        if (analysis == NULL)
            goto fail;
    }
    if (!PyTuple_Check(analysis) || PyTuple_GET_SIZE(analysis) != 4) {
        PyErr_SetString(PyExc_ValueError, "an analysis is (norm, prefix, stem, suffix)");
        goto fail;
    }
    end = PyLong_FromSsize_t(stop);
    start = end == NULL ? NULL : PyLong_FromSsize_t(stop - PyUnicode_GET_LENGTH(surface));
    if (start == NULL)
        goto fail;
    PyObject *values[N_FIELDS] = {
        start, end, surface,
        PyTuple_GET_ITEM(analysis, 0), kind, PyTuple_GET_ITEM(analysis, 1),
        PyTuple_GET_ITEM(analysis, 2), PyTuple_GET_ITEM(analysis, 3), zero,
    };
    token = new_token(values);
    if (token == NULL || PyList_Append(out, token) < 0)
        goto fail;
    Py_DECREF(token);
    Py_DECREF(start);
    Py_DECREF(end);
    Py_DECREF(analysis);
    return 0;
fail:
    Py_XDECREF(token);
    Py_XDECREF(start);
    Py_XDECREF(end);
    Py_XDECREF(analysis);
    return -1;
}

/* Appends to ``out`` the token of one match of the pattern: the surface ``match[0]`` (which
 * is ``match.group()``), the kind ``kinds[match.lastgroup]`` (``"other"`` becomes ``word``
 * when the surface is all letters, else ``symbol``), the end ``match.end()``, which it also
 * stores in ``*stop``. 0, or -1 with an exception set. */
static int
append_match(PyObject *out, PyObject *match, PyObject *kinds, PyObject *seen,
             PyObject *analyse, PyObject *word, PyObject *symbol, Py_ssize_t limit,
             Py_ssize_t *stop)
{
    PyObject *surface = NULL, *group = NULL, *end = NULL;
    PyObject *kind;
    surface = PyObject_GetItem(match, zero); /* match[0], match.group() without a call */
    if (surface == NULL)
        goto fail;
    if (!PyUnicode_Check(surface)) {
        PyErr_SetString(PyExc_TypeError, "a match of a str pattern is a str");
        goto fail;
    }
    group = PyObject_GetAttr(match, s_lastgroup);
    if (group == NULL)
        goto fail;
    kind = PyDict_GetItemWithError(kinds, group); /* borrowed */
    if (kind == NULL) {
        if (!PyErr_Occurred()) { /* KeyError(group), as kinds[group] raises it */
            PyObject *key = PyTuple_Pack(1, group);
            if (key != NULL) {
                PyErr_SetObject(PyExc_KeyError, key);
                Py_DECREF(key);
            }
        }
        goto fail;
    }
    if (PyUnicode_Check(kind) && (kind == s_other || PyUnicode_Compare(kind, s_other) == 0)) {
        PyObject *alpha = PyObject_CallMethodNoArgs(surface, s_isalpha);
        if (alpha == NULL)
            goto fail;
        int yes = PyObject_IsTrue(alpha);
        Py_DECREF(alpha);
        if (yes < 0)
            goto fail;
        kind = yes ? word : symbol;
    }
    /* match.end(), and the start len(surface) before it (the surface is text[start:end]):
     * one int from the match rather than a (start, end) tuple */
    end = PyObject_CallMethodNoArgs(match, s_end);
    if (end == NULL)
        goto fail;
    *stop = PyLong_AsSsize_t(end);
    if (*stop == -1 && PyErr_Occurred())
        goto fail;
    if (append_token(out, surface, kind, *stop, seen, analyse, word, limit) < 0)
        goto fail;
    Py_DECREF(end);
    Py_DECREF(group);
    Py_DECREF(surface);
    return 0;
fail:
    Py_XDECREF(end);
    Py_XDECREF(group);
    Py_XDECREF(surface);
    return -1;
}

static PyObject *
tokens(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *matches, *kinds, *seen, *analyse, *word, *symbol;
    Py_ssize_t limit = -1; /* -1: ``analyse`` analyses a new surface */
    if (!PyArg_ParseTuple(args, "OO!O!OUU|n", &matches, &PyDict_Type, &kinds, &PyDict_Type,
                          &seen, &analyse, &word, &symbol, &limit))
        return NULL;
    if (limit >= 0 && !analysis_ready()) {
        PyErr_SetString(PyExc_RuntimeError, "split_rules(...) and fold_table(table) first");
        return NULL;
    }
    if (token_type == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "bind(Token, fields) first");
        return NULL;
    }
    PyObject *it = PyObject_GetIter(matches);
    if (it == NULL)
        return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL) {
        Py_DECREF(it);
        return NULL;
    }
    PyObject *match;
    while ((match = PyIter_Next(it)) != NULL) {
        Py_ssize_t stop;
        int failed = append_match(out, match, kinds, seen, analyse, word, symbol, limit, &stop);
        Py_DECREF(match);
        if (failed) {
            Py_DECREF(it);
            Py_DECREF(out);
            return NULL;
        }
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) {
        Py_DECREF(out);
        return NULL;
    }
    return out;
}

/* ``scan(text, search, table, kinds, seen, analyse, word, symbol[, limit])``: what
 * ``tokens(pattern.finditer(text), kinds, ...)`` gives, with most tokens found without the
 * regex. ``search`` is the pattern's bound ``search``; ``table`` holds, for each code point
 * of U+0600..U+06FF, bit 1 when it is one of the pattern's Arabic letters and bit 2 when
 * it may go on a word (letter, mark, tatweel). The pattern's first alternative is
 * ``(?=\S)(?:[letters][in-word]*+(?!\.)``: its matches start past white space (``\S`` is
 * ``not Py_UNICODE_ISSPACE``), and at a letter it takes the whole run of in-word
 * characters (possessive: no shorter run) unless a dot follows. So the scan passes over
 * white space itself and, at a letter whose run is not followed by a dot, makes that word's
 * token as ``tokens`` makes it from the match (kind ``word``). A character of ``marks`` (a
 * mark no alternative before the punctuation's can open, and that the punctuation's takes
 * alone: ``tokenise._single_marks``) is a token of kind ``mark_kind`` by itself. Anywhere
 * else one call ``search(text, pos)`` finds the next match (the same one ``finditer`` finds from there,
 * its look-behinds reading the text before ``pos``), which becomes a token as in ``tokens``,
 * and the scan goes on from its end. */
static PyObject *
scan(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *text, *search, *marks, *mark_kind, *kinds, *seen, *analyse, *word, *symbol;
    Py_buffer table;
    Py_ssize_t limit = -1;
    if (!PyArg_ParseTuple(args, "UOy*UUO!O!OUU|n", &text, &search, &table, &marks, &mark_kind,
                          &PyDict_Type, &kinds, &PyDict_Type, &seen, &analyse, &word, &symbol,
                          &limit))
        return NULL;
    PyObject *out = NULL;
    if (table.len != 256) {
        PyErr_SetString(PyExc_ValueError, "the table holds 256 bytes, U+0600..U+06FF");
        goto done;
    }
    if (limit >= 0 && !analysis_ready()) {
        PyErr_SetString(PyExc_RuntimeError, "split_rules(...) and fold_table(table) first");
        goto done;
    }
    if (token_type == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "bind(Token, fields) first");
        goto done;
    }
    out = PyList_New(0);
    if (out == NULL)
        goto done;
    const unsigned char *arabic = (const unsigned char *)table.buf;
    int marks_kind = PyUnicode_KIND(marks);
    const void *marks_data = PyUnicode_DATA(marks);
    Py_ssize_t n_marks = PyUnicode_GET_LENGTH(marks);
    int text_kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), pos = 0;
#define ARABIC(c) ((c) - 0x600u < 256u ? arabic[(c) - 0x600u] : 0)
    while (pos < n) {
        Py_UCS4 c = PyUnicode_READ(text_kind, data, pos);
        if (Py_UNICODE_ISSPACE(c)) {
            pos++;
            continue;
        }
        if (ARABIC(c) & 1) {
            Py_ssize_t stop = pos + 1;
            while (stop < n && (ARABIC(PyUnicode_READ(text_kind, data, stop)) & 2))
                stop++;
            if (stop == n || PyUnicode_READ(text_kind, data, stop) != '.') {
                PyObject *surface = PyUnicode_Substring(text, pos, stop);
                if (surface == NULL)
                    goto fail;
                int failed = append_token(out, surface, word, stop, seen, analyse, word, limit);
                Py_DECREF(surface);
                if (failed)
                    goto fail;
                pos = stop;
                continue;
            }
        }
        else {
            Py_ssize_t k = 0;
            while (k < n_marks && PyUnicode_READ(marks_kind, marks_data, k) != c)
                k++;
            if (k < n_marks) {
                PyObject *surface = PyUnicode_Substring(text, pos, pos + 1);
                if (surface == NULL)
                    goto fail;
                int failed = append_token(out, surface, mark_kind, pos + 1, seen, analyse, word,
                                          limit);
                Py_DECREF(surface);
                if (failed)
                    goto fail;
                pos++;
                continue;
            }
        }
        PyObject *at = PyLong_FromSsize_t(pos);
        if (at == NULL)
            goto fail;
        PyObject *argv[2] = {text, at};
        PyObject *match = PyObject_Vectorcall(search, argv, 2, NULL);
        Py_DECREF(at);
        if (match == NULL)
            goto fail;
        if (match == Py_None) {
            Py_DECREF(match);
            break;
        }
        Py_ssize_t stop;
        int failed = append_match(out, match, kinds, seen, analyse, word, symbol, limit, &stop);
        Py_DECREF(match);
        if (failed)
            goto fail;
        if (stop <= pos) { /* no alternative of the pattern matches an empty string */
            PyErr_SetString(PyExc_ValueError, "the pattern matched no text");
            goto fail;
        }
        pos = stop;
    }
#undef ARABIC
    goto done;
fail:
    Py_CLEAR(out);
done:
    PyBuffer_Release(&table);
    return out;
}

/* ------------------------------------------------------------------------------------
 * The conservative clitic split, compiled: ``split(word)`` answers what
 * ``marsad.arabic.clitics.split_uncached_py`` answers, step for step, once
 * ``split_rules(...)`` has been given that module's rules (the fold table, the letters kept
 * in comparison, the protected words, the prefixes and suffixes in their order, the
 * accusative ending and the tanween marks). The word is read once into three arrays of
 * code points, as the Python version's three strings: its letters without the deleted
 * marks, their fold, and their light fold; the protected words are looked up in the same
 * frozenset (a string made only where a protected word of that length and hash exists).
 */

/* 64-bit FNV-1a hashes of code point runs, filed in open-addressed tables (0: an empty
 * slot): the protected words below, the stems of ``stem_filter`` further on. */

#define FNV_OFFSET 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL

static inline uint64_t
hash_more(uint64_t h, const Py_UCS4 *text, Py_ssize_t n)
{
    for (Py_ssize_t k = 0; k < n; k++)
        h = (h ^ (uint64_t)text[k]) * FNV_PRIME;
    return h;
}

static inline uint64_t
hash_done(uint64_t h)
{
    h ^= h >> 29;
    return h ? h : 1; /* 0 marks an empty slot */
}

static inline int
filed(const uint64_t *cells, size_t mask, uint64_t h)
{
    h = hash_done(h);
    for (size_t at = (size_t)h & mask;; at = (at + 1) & mask) {
        if (cells[at] == h)
            return 1;
        if (cells[at] == 0)
            return 0;
    }
}

#define KEEP (-1)
#define DELETE (-2)
#define SHORT_WORD 64

typedef struct {
    Py_UCS4 *form;
    Py_ssize_t size;
    Py_UCS4 *restore; /* put back before the stem in candidates (prefixes only) */
    Py_ssize_t n_restore;
    int split;
    Py_ssize_t stem_min;
    int article;
    Py_UCS4 *letters; /* `before` (prefixes) or `not_after` (suffixes): its one-letter entries */
    Py_ssize_t n_letters;
    int has_empty; /* "" is an entry (the slice past the word's end is "") */
    int any;       /* the set is not empty */
} affix_t;

typedef struct {
    int32_t *map; /* code point - lo -> KEEP, DELETE or the target */
    Py_UCS4 lo, hi;
    Py_UCS4 *kept;
    Py_ssize_t n_kept;
    PyObject *protected; /* frozenset of light-folded words */
    uint64_t lengths;    /* bit k: a protected word of k letters (k < 64) */
    int long_words;      /* a protected word of 64 letters or more */
    uint64_t *cells;     /* the protected words' hashes: a word not filed there is not one */
    size_t mask;         /* slots - 1 */
    affix_t *prefixes, *suffixes;
    Py_ssize_t n_prefixes, n_suffixes;
    Py_UCS4 *accusative, *tanween;
    Py_ssize_t n_accusative, n_tanween;
    Py_UCS4 *ta_written, *ta_folded; /* a stem ending in ta_written is also offered with
                                        its last letter replaced by ta_folded */
    Py_ssize_t n_ta_written, n_ta_folded;
} rules_t;

static rules_t *rules = NULL;

static void
free_affixes(affix_t *affixes, Py_ssize_t n)
{
    if (affixes == NULL)
        return;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyMem_Free(affixes[k].form);
        PyMem_Free(affixes[k].restore);
        PyMem_Free(affixes[k].letters);
    }
    PyMem_Free(affixes);
}

static void
free_rules(rules_t *r)
{
    if (r == NULL)
        return;
    PyMem_Free(r->map);
    PyMem_Free(r->kept);
    Py_XDECREF(r->protected);
    PyMem_Free(r->cells);
    free_affixes(r->prefixes, r->n_prefixes);
    free_affixes(r->suffixes, r->n_suffixes);
    PyMem_Free(r->accusative);
    PyMem_Free(r->tanween);
    PyMem_Free(r->ta_written);
    PyMem_Free(r->ta_folded);
    PyMem_Free(r);
}

/* The code points of a str, in a new buffer (at least one element). */
static Py_UCS4 *
code_points(PyObject *text, Py_ssize_t *size)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "a str was expected");
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    Py_UCS4 *out = PyMem_Malloc(sizeof(Py_UCS4) * (size_t)(n + 1));
    if (out == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    if (PyUnicode_AsUCS4(text, out, n + 1, 1) == NULL) {
        PyMem_Free(out);
        return NULL;
    }
    *size = n;
    return out;
}

/* One affix from (form, split, stem_min, article, restore, letters): letters is an
 * iterable of str (the `before` or `not_after` set); entries of two letters or more never
 * equal a slice of at most one letter, so they are left out. */
static int
read_affix(PyObject *entry, affix_t *affix)
{
    PyObject *form, *restore, *letters;
    int split, article;
    Py_ssize_t stem_min;
    if (!PyTuple_Check(entry) ||
        !PyArg_ParseTuple(entry, "UpnpUO", &form, &split, &stem_min, &article, &restore,
                          &letters))
        return -1;
    affix->form = code_points(form, &affix->size);
    if (affix->form == NULL)
        return -1;
    affix->restore = code_points(restore, &affix->n_restore);
    if (affix->restore == NULL)
        return -1;
    if (affix->size == 0) {
        PyErr_SetString(PyExc_ValueError, "an affix has letters");
        return -1;
    }
    affix->split = split;
    affix->stem_min = stem_min;
    affix->article = article;
    PyObject *seq = PySequence_Tuple(letters);
    if (seq == NULL)
        return -1;
    Py_ssize_t n = PyTuple_GET_SIZE(seq);
    affix->letters = PyMem_Malloc(sizeof(Py_UCS4) * (size_t)(n + 1));
    if (affix->letters == NULL) {
        Py_DECREF(seq);
        PyErr_NoMemory();
        return -1;
    }
    affix->any = n > 0;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *item = PyTuple_GET_ITEM(seq, k);
        if (!PyUnicode_Check(item)) {
            Py_DECREF(seq);
            PyErr_SetString(PyExc_TypeError, "an affix's letters are str");
            return -1;
        }
        Py_ssize_t size = PyUnicode_GET_LENGTH(item);
        if (size == 0)
            affix->has_empty = 1;
        else if (size == 1)
            affix->letters[affix->n_letters++] = PyUnicode_READ_CHAR(item, 0);
    }
    Py_DECREF(seq);
    return 0;
}

static int
read_affixes(PyObject *entries, affix_t **out, Py_ssize_t *count)
{
    PyObject *seq = PySequence_Tuple(entries);
    if (seq == NULL)
        return -1;
    Py_ssize_t n = PyTuple_GET_SIZE(seq);
    *out = PyMem_Calloc((size_t)n + 1, sizeof(affix_t));
    if (*out == NULL) {
        Py_DECREF(seq);
        PyErr_NoMemory();
        return -1;
    }
    *count = n;
    for (Py_ssize_t k = 0; k < n; k++)
        if (read_affix(PyTuple_GET_ITEM(seq, k), &(*out)[k]) < 0) {
            Py_DECREF(seq);
            return -1;
        }
    Py_DECREF(seq);
    return 0;
}

static PyObject *
split_rules(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *table, *kept, *protected, *prefixes, *suffixes, *accusative, *tanween;
    PyObject *ta_written, *ta_folded;
    if (!PyArg_ParseTuple(args, "O!UO!OOUUUU", &PyDict_Type, &table, &kept, &PyFrozenSet_Type,
                          &protected, &prefixes, &suffixes, &accusative, &tanween,
                          &ta_written, &ta_folded))
        return NULL;
    rules_t *r = PyMem_Calloc(1, sizeof(rules_t));
    if (r == NULL)
        return PyErr_NoMemory();
    /* the fold table over the span of its keys */
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    long lo = -1, hi = -1;
    while (PyDict_Next(table, &pos, &key, &value)) {
        if (!PyLong_Check(key))
            goto refuse;
        long code = PyLong_AsLong(key);
        if (code < 0 || code > 0x10FFFF)
            goto refuse;
        if (lo < 0 || code < lo)
            lo = code;
        if (code > hi)
            hi = code;
    }
    if (lo < 0 || hi - lo > 0xFFFF) /* no table, or one too spread out for an array */
        goto refuse;
    r->lo = (Py_UCS4)lo;
    r->hi = (Py_UCS4)hi;
    r->map = PyMem_Malloc(sizeof(int32_t) * (size_t)(hi - lo + 1));
    if (r->map == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    for (long k = 0; k <= hi - lo; k++)
        r->map[k] = KEEP;
    pos = 0;
    while (PyDict_Next(table, &pos, &key, &value)) {
        long code = PyLong_AsLong(key);
        if (value == Py_None)
            r->map[code - lo] = DELETE;
        else {
            if (!PyLong_Check(value))
                goto refuse;
            long target = PyLong_AsLong(value);
            if (target < 0 || target > 0x10FFFF)
                goto refuse;
            r->map[code - lo] = (int32_t)target;
        }
    }
    if ((r->kept = code_points(kept, &r->n_kept)) == NULL ||
        (r->accusative = code_points(accusative, &r->n_accusative)) == NULL ||
        (r->tanween = code_points(tanween, &r->n_tanween)) == NULL ||
        (r->ta_written = code_points(ta_written, &r->n_ta_written)) == NULL ||
        (r->ta_folded = code_points(ta_folded, &r->n_ta_folded)) == NULL)
        goto fail;
    /* the lengths of the protected words (a word of another length is looked up in vain)
     * and their hashes (a word whose hash is not filed is not looked up either) */
    size_t slots = 16;
    while (slots < 2 * (size_t)PySet_GET_SIZE(protected) + 16)
        slots <<= 1;
    r->cells = PyMem_Calloc(slots, sizeof(uint64_t));
    if (r->cells == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    r->mask = slots - 1;
    PyObject *it = PyObject_GetIter(protected);
    if (it == NULL)
        goto fail;
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        if (!PyUnicode_Check(item)) {
            Py_DECREF(item);
            Py_DECREF(it);
            goto refuse;
        }
        Py_ssize_t size;
        Py_UCS4 *text = code_points(item, &size);
        Py_DECREF(item);
        if (text == NULL) {
            Py_DECREF(it);
            goto fail;
        }
        if (size < SHORT_WORD)
            r->lengths |= (uint64_t)1 << size;
        else
            r->long_words = 1;
        uint64_t h = hash_done(hash_more(FNV_OFFSET, text, size));
        PyMem_Free(text);
        size_t at = (size_t)h & r->mask;
        while (r->cells[at] != 0 && r->cells[at] != h)
            at = (at + 1) & r->mask;
        r->cells[at] = h;
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        goto fail;
    Py_INCREF(protected);
    r->protected = protected;
    if (read_affixes(prefixes, &r->prefixes, &r->n_prefixes) < 0 ||
        read_affixes(suffixes, &r->suffixes, &r->n_suffixes) < 0)
        goto fail;
    free_rules(rules);
    rules = r;
    Py_RETURN_TRUE;
refuse:
    free_rules(r);
    if (PyErr_Occurred())
        return NULL;
    Py_RETURN_FALSE;
fail:
    free_rules(r);
    return NULL;
}

static int
has_letter(const Py_UCS4 *letters, Py_ssize_t n, Py_UCS4 c)
{
    for (Py_ssize_t k = 0; k < n; k++)
        if (letters[k] == c)
            return 1;
    return 0;
}

/* Whether the slice text[at:at + 1] (one letter, or "" at the end) is in the affix's set. */
static int
slice_in(const affix_t *affix, const Py_UCS4 *text, Py_ssize_t n, Py_ssize_t at)
{
    if (at < 0 || at >= n)
        return affix->has_empty;
    return has_letter(affix->letters, affix->n_letters, text[at]);
}

/* Affixes are a few letters long: compared letter by letter, most fail at the first. */
static inline int
same_letters(const Py_UCS4 *a, const Py_UCS4 *b, Py_ssize_t size)
{
    for (Py_ssize_t k = 0; k < size; k++)
        if (a[k] != b[k])
            return 0;
    return 1;
}

static int
starts_with(const Py_UCS4 *text, Py_ssize_t n, const affix_t *affix)
{
    return affix->size <= n && same_letters(text, affix->form, affix->size);
}

static int
ends_with(const Py_UCS4 *text, Py_ssize_t n, const Py_UCS4 *end, Py_ssize_t size)
{
    return size <= n && same_letters(text + n - size, end, size);
}

/* _prefix_fits: the word opens with the chain, leaves stem_min letters, and the next letter
 * is one of `before` (when there are any). */
static int
prefix_fits(const affix_t *affix, const Py_UCS4 *letters, Py_ssize_t n)
{
    return starts_with(letters, n, affix) && n - affix->size >= affix->stem_min &&
           (!affix->any || slice_in(affix, letters, n, affix->size));
}

/* _suffix_fits: the word ends with the suffix, leaves stem_min letters after `start`, and
 * the letter before it (letters[-size - 1:-size], "" when it is the whole word) is none of
 * `not_after`. */
static int
suffix_fits(const affix_t *affix, const Py_UCS4 *letters, Py_ssize_t n, Py_ssize_t start)
{
    Py_ssize_t size = affix->size;
    return ends_with(letters, n, affix->form, size) && n - start - size >= affix->stem_min &&
           !slice_in(affix, letters, n, n - size - 1);
}

static int
in_protected(const Py_UCS4 *light, Py_ssize_t n)
{
    if (n < SHORT_WORD ? !((rules->lengths >> n) & 1) : !rules->long_words)
        return 0;
    if (!filed(rules->cells, rules->mask, hash_more(FNV_OFFSET, light, n)))
        return 0; /* most words: no protected word has this hash */
    PyObject *text = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, light, n);
    if (text == NULL)
        return -1;
    int found = PySet_Contains(rules->protected, text);
    Py_DECREF(text);
    return found;
}

/* _is_protected: a protected word, also in the accusative. */
static int
is_protected(const Py_UCS4 *light, Py_ssize_t n)
{
    int found = in_protected(light, n);
    if (found != 0)
        return found;
    Py_ssize_t size = rules->n_accusative;
    if (!ends_with(light, n, rules->accusative, size))
        return 0;
    /* light[:-len(accusative)]: "" too when the ending is "" (a slice up to -0) */
    return in_protected(light, size ? n - size : 0);
}

static PyObject *
parts(const Py_UCS4 *folded, Py_ssize_t n, Py_ssize_t start, Py_ssize_t end)
{
    PyObject *prefix = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, folded, start);
    PyObject *stem = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, folded + start,
                                               end - start);
    PyObject *suffix = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, folded + end, n - end);
    PyObject *out = NULL;
    if (prefix != NULL && stem != NULL && suffix != NULL)
        out = PyTuple_Pack(3, prefix, stem, suffix);
    Py_XDECREF(prefix);
    Py_XDECREF(stem);
    Py_XDECREF(suffix);
    return out;
}

/* The split of letters (n of them, with their fold and light fold); `word` as written for
 * the tanween test. Returns a new tuple, or NULL with an error set. */
static PyObject *
split_letters(const Py_UCS4 *letters, const Py_UCS4 *folded, const Py_UCS4 *light,
              Py_ssize_t n, PyObject *word)
{
    int found = is_protected(light, n);
    if (found != 0)
        return found < 0 ? NULL : parts(folded, n, 0, n);
    const rules_t *r = rules;
    /* suffixes = split_by_last.get(letters[-1:]): the split suffixes ending in its last letter */
    int suffixed = 0;
    if (n > 0)
        for (Py_ssize_t k = 0; k < r->n_suffixes && !suffixed; k++) {
            const affix_t *a = &r->suffixes[k];
            suffixed = a->split && a->form[a->size - 1] == letters[n - 1];
        }
    if (suffixed) { /* a pronoun suffix never carries tanween: word[-2:] has none */
        Py_ssize_t size = PyUnicode_GET_LENGTH(word);
        for (Py_ssize_t k = size >= 2 ? size - 2 : 0; k < size && suffixed; k++)
            suffixed = !has_letter(r->tanween, r->n_tanween, PyUnicode_READ_CHAR(word, k));
    }
    if (suffixed)
        for (Py_ssize_t k = 0; k < r->n_suffixes; k++) {
            const affix_t *a = &r->suffixes[k];
            if (!a->split || !suffix_fits(a, letters, n, 0))
                continue;
            Py_ssize_t cut = n - a->size;
            if ((found = is_protected(light, cut)) != 0)
                return found < 0 ? NULL : parts(folded, n, 0, cut);
        }
    for (Py_ssize_t k = r->n_prefixes - 1; k >= 0; k--) { /* shortest first */
        const affix_t *a = &r->prefixes[k];
        if (!starts_with(letters, n, a))
            continue;
        Py_ssize_t cut = a->size;
        if ((found = is_protected(light + cut, n - cut)) != 0) {
            if (found < 0)
                return NULL;
            if (cut < n) /* a clitic before a known word */
                return parts(folded, n, cut, n);
            break;
        }
    }
    Py_ssize_t start = 0, end = n;
    int article = 0;
    for (Py_ssize_t k = 0; k < r->n_prefixes; k++) { /* the longest chain split off */
        const affix_t *a = &r->prefixes[k];
        if (a->split && prefix_fits(a, letters, n)) {
            start = a->size;
            article = a->article;
            break;
        }
    }
    if (suffixed && !article) {
        if ((found = is_protected(light + start, n - start)) < 0)
            return NULL;
        if (!found)
            for (Py_ssize_t k = 0; k < r->n_suffixes; k++) {
                const affix_t *a = &r->suffixes[k];
                if (a->split && suffix_fits(a, letters, n, start)) {
                    end -= a->size;
                    break;
                }
            }
    }
    return parts(folded, n, start, end);
}

/* Reads `word` into its letters without the deleted marks, their fold and their light fold
 * (each with room for every character of the word); returns how many letters. */
static Py_ssize_t
read_word(PyObject *word, Py_UCS4 *letters, Py_UCS4 *folded, Py_UCS4 *light)
{
    const rules_t *r = rules;
    Py_ssize_t size = PyUnicode_GET_LENGTH(word), n = 0;
    int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    for (Py_ssize_t k = 0; k < size; k++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, k);
        int32_t target = (c >= r->lo && c <= r->hi) ? r->map[c - r->lo] : KEEP;
        if (target == DELETE)
            continue;
        letters[n] = c;
        folded[n] = target == KEEP ? c : (Py_UCS4)target;
        light[n] = has_letter(r->kept, r->n_kept, c) ? c : folded[n];
        n++;
    }
    return n;
}

/* Room for a word's letters and their two folds, three runs of `size` code points: `local`
 * (3 * SHORT_WORD of them) for a short word, else a new block (NULL, MemoryError set, when
 * none is left); a block that is not `local` is freed with PyMem_Free. */
static Py_UCS4 *
letters_room(Py_ssize_t size, Py_UCS4 *local)
{
    if (size <= SHORT_WORD)
        return local;
    Py_UCS4 *buffer = PyMem_Malloc(sizeof(Py_UCS4) * 3 * (size_t)size);
    if (buffer == NULL)
        PyErr_NoMemory();
    return buffer;
}

/* A word read for the clitic rules (``read_word``): its letters and their two folds, in
 * ``local`` (3 * SHORT_WORD code points) or a block ``letters_room`` made; ``buffer`` is NULL,
 * MemoryError set, when none was left. Given back with ``release_read``. */
typedef struct {
    Py_UCS4 *buffer, *letters, *folded, *light;
    Py_ssize_t n;
} word_read_t;

static word_read_t
read_into(PyObject *word, Py_UCS4 *local)
{
    Py_ssize_t size = PyUnicode_GET_LENGTH(word);
    word_read_t read = {letters_room(size, local), NULL, NULL, NULL, 0};
    if (read.buffer == NULL)
        return read;
    read.letters = read.buffer;
    read.folded = read.buffer + size;
    read.light = read.buffer + 2 * size;
    read.n = read_word(word, read.letters, read.folded, read.light);
    return read;
}

static void
release_read(word_read_t *read, Py_UCS4 *local)
{
    if (read->buffer != local)
        PyMem_Free(read->buffer);
}

static PyObject *
split(PyObject *Py_UNUSED(self), PyObject *word)
{
    if (rules == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "split_rules(...) first");
        return NULL;
    }
    if (!PyUnicode_Check(word)) {
        PyErr_SetString(PyExc_TypeError, "split() takes a str");
        return NULL;
    }
    Py_UCS4 local[3 * SHORT_WORD];
    word_read_t read = read_into(word, local);
    if (read.buffer == NULL)
        return NULL;
    PyObject *out = split_letters(read.letters, read.folded, read.light, read.n, word);
    release_read(&read, local);
    return out;
}

/* ------------------------------------------------------------------------------------
 * Every plausible stem of a word, compiled: ``candidates(word)`` answers what
 * ``marsad.arabic.clitics._candidates_py`` answers, step for step, once ``split_rules`` and
 * ``candidate_rules(candidate_min)`` have been given that module's rules. The same steps as
 * the Python: the fold; nothing else for a protected word; each chain the word opens with
 * (shortest first, leaving ``candidate_min`` letters, its ``before`` letter fitting) taken
 * off with its ``restore`` put back, and — unless the chain ends at a protected word, or
 * the word has tanween at its end or a chain with the article fits — the stems from there
 * less each suffix that fits (longest first), a stem ending in the written ta also with the
 * folded ta; the stems of the whole word less each suffix when no chain stopped at a
 * protected word. The strings are then kept once each, in the order first made, and sorted
 * longest first (a stable sort, as ``sorted(..., key=len, reverse=True)``).
 */

static Py_ssize_t candidate_min = -1; /* -1: not given */

static PyObject *
candidate_rules(PyObject *Py_UNUSED(self), PyObject *arg)
{
    Py_ssize_t least = PyLong_AsSsize_t(arg);
    if (least == -1 && PyErr_Occurred())
        return NULL;
    if (rules == NULL || least < 0 || rules->n_ta_written != 1)
        Py_RETURN_FALSE;
    candidate_min = least;
    Py_RETURN_TRUE;
}

/* _prefix_fits and _suffix_fits with the candidates' least stem instead of the affix's. */
static int
prefix_fits_least(const affix_t *affix, const Py_UCS4 *letters, Py_ssize_t n)
{
    return starts_with(letters, n, affix) && n - affix->size >= candidate_min &&
           (!affix->any || slice_in(affix, letters, n, affix->size));
}

static int
suffix_fits_least(const affix_t *affix, const Py_UCS4 *letters, Py_ssize_t n, Py_ssize_t start)
{
    Py_ssize_t size = affix->size;
    return ends_with(letters, n, affix->form, size) && n - start - size >= candidate_min &&
           !slice_in(affix, letters, n, n - size - 1);
}

/* Appends to ``found`` the str of ``head`` (n_head code points) then ``body`` (n_body). */
static int
add_candidate(PyObject *found, const Py_UCS4 *head, Py_ssize_t n_head, const Py_UCS4 *body,
              Py_ssize_t n_body)
{
    Py_UCS4 local[2 * SHORT_WORD];
    Py_UCS4 *joined = local;
    if (n_head + n_body > 2 * SHORT_WORD) {
        joined = PyMem_Malloc(sizeof(Py_UCS4) * (size_t)(n_head + n_body));
        if (joined == NULL) {
            PyErr_NoMemory();
            return -1;
        }
    }
    memcpy(joined, head, sizeof(Py_UCS4) * (size_t)n_head);
    memcpy(joined + n_head, body, sizeof(Py_UCS4) * (size_t)n_body);
    PyObject *text = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, joined, n_head + n_body);
    if (joined != local)
        PyMem_Free(joined);
    if (text == NULL)
        return -1;
    int failed = PyList_Append(found, text);
    Py_DECREF(text);
    return failed;
}

/* _stems_without_suffix: the stems of letters from ``start`` less each suffix that fits
 * (the suffixes ending in the word's last letter, longest first), folded. */
static int
stems_without_suffix(PyObject *found, const Py_UCS4 *letters, const Py_UCS4 *folded,
                     Py_ssize_t n, Py_ssize_t start)
{
    const rules_t *r = rules;
    for (Py_ssize_t k = 0; k < r->n_suffixes; k++) {
        const affix_t *a = &r->suffixes[k];
        if (n == 0 || a->form[a->size - 1] != letters[n - 1] ||
            !suffix_fits_least(a, letters, n, start))
            continue;
        Py_ssize_t end = n - a->size;
        if (add_candidate(found, NULL, 0, folded + start, end - start) < 0)
            return -1;
        /* letters[start:end].endswith(ta_written), one letter (candidate_rules) */
        if (end > start && letters[end - 1] == r->ta_written[0] &&
            add_candidate(found, folded + start, end - 1 - start, r->ta_folded,
                          r->n_ta_folded) < 0)
            return -1;
    }
    return 0;
}

/* The candidates of ``letters`` (their fold and light fold beside them; ``word`` as written
 * for the tanween test) into ``found``, in the order the Python makes them. */
static int
candidates_of(PyObject *found, const Py_UCS4 *letters, const Py_UCS4 *folded,
              const Py_UCS4 *light, Py_ssize_t n, PyObject *word)
{
    const rules_t *r = rules;
    if (add_candidate(found, NULL, 0, folded, n) < 0)
        return -1;
    int protected = is_protected(light, n);
    if (protected != 0)
        return protected < 0 ? -1 : 0;
    Py_ssize_t stop = n; /* no chain may reach past a protected remainder */
    /* the chains that fit: the shortest_first of ``_openings(letters[:2])`` keeps every
     * chain that can open the word, and each step below tests that the chain fits */
    int suffixed = 1; /* a pronoun suffix never carries tanween: word[-2:] has none */
    Py_ssize_t size = PyUnicode_GET_LENGTH(word);
    for (Py_ssize_t k = size >= 2 ? size - 2 : 0; k < size && suffixed; k++)
        suffixed = !has_letter(r->tanween, r->n_tanween, PyUnicode_READ_CHAR(word, k));
    if (suffixed) /* a word with the article takes no pronoun suffix */
        for (Py_ssize_t k = r->n_prefixes - 1; k >= 0; k--) {
            const affix_t *a = &r->prefixes[k];
            if (a->article && prefix_fits_least(a, letters, n)) {
                suffixed = 0;
                break;
            }
        }
    for (Py_ssize_t k = r->n_prefixes - 1; k >= 0; k--) { /* shortest first */
        const affix_t *a = &r->prefixes[k];
        Py_ssize_t cut = a->size;
        if (cut > stop || !prefix_fits_least(a, letters, n))
            continue;
        if (add_candidate(found, a->restore, a->n_restore, folded + cut, n - cut) < 0)
            return -1;
        if ((protected = is_protected(light + cut, n - cut)) < 0)
            return -1;
        if (protected)
            stop = cut;
        else if (suffixed && stems_without_suffix(found, letters, folded, n, cut) < 0)
            return -1;
    }
    if (stop == n && suffixed && stems_without_suffix(found, letters, folded, n, 0) < 0)
        return -1;
    return 0;
}

/* ``tuple(sorted(dict.fromkeys(found), key=len, reverse=True))``: each string once, where
 * first made, then longest first, equal lengths in that order. */
static PyObject *
unique_longest_first(PyObject *found)
{
    Py_ssize_t n = PyList_GET_SIZE(found), kept = 0;
    PyObject **items = ((PyListObject *)found)->ob_item;
    for (Py_ssize_t k = 0; k < n; k++) {
        int seen = 0;
        for (Py_ssize_t j = 0; j < kept && !seen; j++)
            seen = PyUnicode_Compare(items[j], items[k]) == 0; /* str, no error */
        if (seen)
            continue;
        PyObject *item = items[k]; /* moved down over a left-out one */
        items[k] = items[kept];
        items[kept++] = item;
    }
    for (Py_ssize_t k = 1; k < kept; k++) { /* insertion sort: stable, a few items */
        PyObject *item = items[k];
        Py_ssize_t size = PyUnicode_GET_LENGTH(item), j = k;
        while (j > 0 && PyUnicode_GET_LENGTH(items[j - 1]) < size) {
            items[j] = items[j - 1];
            j--;
        }
        items[j] = item;
    }
    PyObject *out = PyTuple_New(kept);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t k = 0; k < kept; k++) {
        Py_INCREF(items[k]);
        PyTuple_SET_ITEM(out, k, items[k]);
    }
    return out;
}

static PyObject *
candidates(PyObject *Py_UNUSED(self), PyObject *word)
{
    if (rules == NULL || candidate_min < 0) {
        PyErr_SetString(PyExc_RuntimeError, "split_rules(...) and candidate_rules(n) first");
        return NULL;
    }
    if (!PyUnicode_Check(word)) {
        PyErr_SetString(PyExc_TypeError, "candidates() takes a str");
        return NULL;
    }
    Py_UCS4 local[3 * SHORT_WORD];
    word_read_t read = read_into(word, local);
    if (read.buffer == NULL)
        return NULL;
    PyObject *out = NULL, *found = PyList_New(0);
    if (found != NULL &&
            candidates_of(found, read.letters, read.folded, read.light, read.n, word) == 0)
        out = unique_longest_first(found);
    Py_XDECREF(found);
    release_read(&read, local);
    return out;
}

/* ------------------------------------------------------------------------------------
 * The matcher's pre-test: whether any stem the clitic candidates could offer for a word
 * is among a set of stems. ``stem_filter(stems)`` files a 64-bit hash of each stem in an
 * open-addressed table (a bytes object); ``may_spell(table, word)`` hashes every string
 * ``clitics._candidates`` could make of the word — the fold; each chain it opens with
 * taken off (with its ``restore``); from each of those starts, the fold up to each place
 * a suffix it ends with is cut, and where that stem ends in the written ta, the stem with
 * the folded ta instead — a superset of the candidates, with none of their other tests
 * (stem lengths, protected words, tanween). False means no candidate is in the set; True
 * may be a hash collision or a string no candidate is: the caller then makes the
 * candidates and looks them up as before, so the answers never change.
 *
 * In front of the cells the table holds a small bitmap (a Bloom filter of two bits per
 * stem, both in one 64-bit word, four bits for each slot: 16 KB for the matcher's 14k
 * stems against 256 KB of cells). A hash whose two bits are not both set is certainly not
 * among the cells, so most probes (each word makes 10 to 20; 96 in 100 of those that miss
 * end here) read one word of the bitmap, which the pipeline's other stages push out of the
 * caches less often than the cells (in a simulated 1 MB cache a third fewer misses); a hash
 * whose bits are set is looked up among the cells as before, so every answer is the same.
 * Layout: ``slots / 16`` bitmap words, then ``slots`` cells (17 words for 16 slots).
 */

#define CELLS_PER_BITMAP_WORD 16

/* The bitmap word and the two bits of a finished hash, from its product with an odd
 * constant: the FNV hash's own high bits are alike among similar stems (two bits taken
 * from them set about half as many bits and let three times as many hashes by). */
#define BLOOM_MIX 0x9E3779B97F4A7C15ULL

static inline uint64_t
bloom_bits(uint64_t h)
{
    uint64_t g = h * BLOOM_MIX;
    return (1ULL << (g >> 58)) | (1ULL << ((g >> 52) & 63));
}

static inline size_t
bloom_word(uint64_t h, size_t words_mask)
{
    return (size_t)((h * BLOOM_MIX) >> 32) & words_mask;
}

typedef struct {
    const uint64_t *bitmap, *cells;
    size_t words_mask, mask;
} stem_table_t;

/* `filed`, answering 0 at once where the bitmap says the hash was never filed. */
static inline int
stem_filed(const stem_table_t *t, uint64_t h)
{
    uint64_t done = hash_done(h), bits = bloom_bits(done);
    if ((t->bitmap[bloom_word(done, t->words_mask)] & bits) != bits)
        return 0;
    return filed(t->cells, t->mask, h); /* which finishes the hash itself */
}

static PyObject *
stem_filter(PyObject *Py_UNUSED(self), PyObject *stems)
{
    PyObject *seq = PySequence_Tuple(stems);
    if (seq == NULL)
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(seq);
    size_t slots = 16;
    while (slots < 2 * (size_t)n + 16)
        slots <<= 1;
    size_t words = slots / CELLS_PER_BITMAP_WORD;
    PyObject *table = PyBytes_FromStringAndSize(
        NULL, (Py_ssize_t)((words + slots) * sizeof(uint64_t)));
    if (table == NULL) {
        Py_DECREF(seq);
        return NULL;
    }
    uint64_t *bitmap = (uint64_t *)PyBytes_AS_STRING(table), *cells = bitmap + words;
    memset(bitmap, 0, (words + slots) * sizeof(uint64_t));
    for (Py_ssize_t k = 0; k < n; k++) {
        Py_ssize_t size;
        Py_UCS4 *text = code_points(PyTuple_GET_ITEM(seq, k), &size);
        if (text == NULL) {
            Py_DECREF(table);
            Py_DECREF(seq);
            return NULL;
        }
        uint64_t h = hash_done(hash_more(FNV_OFFSET, text, size));
        PyMem_Free(text);
        bitmap[bloom_word(h, words - 1)] |= bloom_bits(h);
        size_t at = (size_t)h & (slots - 1);
        while (cells[at] != 0 && cells[at] != h)
            at = (at + 1) & (slots - 1);
        cells[at] = h;
    }
    Py_DECREF(seq);
    return table;
}


static int
may_spell_letters(const stem_table_t *t, const Py_UCS4 *letters, const Py_UCS4 *folded,
                  Py_ssize_t n)
{
    const rules_t *r = rules;
    if (stem_filed(t, hash_more(FNV_OFFSET, folded, n)))
        return 1;
    Py_ssize_t starts[64], ends[64];
    Py_ssize_t n_starts = 0, n_ends = 0;
    starts[n_starts++] = 0;
    for (Py_ssize_t k = 0; k < r->n_prefixes; k++) {
        const affix_t *a = &r->prefixes[k];
        if (!starts_with(letters, n, a))
            continue;
        if (n_starts == 64)
            return 1; /* more chains than kept here: let the candidates tell */
        uint64_t h = hash_more(FNV_OFFSET, a->restore, a->n_restore);
        if (stem_filed(t, hash_more(h, folded + a->size, n - a->size)))
            return 1;
        starts[n_starts++] = a->size;
    }
    for (Py_ssize_t k = 0; k < r->n_suffixes; k++) {
        const affix_t *a = &r->suffixes[k];
        if (ends_with(letters, n, a->form, a->size)) {
            if (n_ends == 64)
                return 1; /* more cuts than kept here: let the candidates tell */
            ends[n_ends++] = n - a->size;
        }
    }
    Py_ssize_t ta = r->n_ta_written;
    for (Py_ssize_t i = 0; i < n_starts; i++)
        for (Py_ssize_t j = 0; j < n_ends; j++) {
            Py_ssize_t start = starts[i], end = ends[j];
            if (end <= start)
                continue;
            if (stem_filed(t, hash_more(FNV_OFFSET, folded + start, end - start)))
                return 1;
            if (end - ta >= start && end >= 1 && end - 1 >= start &&
                ends_with(letters, end, r->ta_written, ta)) {
                uint64_t h = hash_more(FNV_OFFSET, folded + start, end - 1 - start);
                if (stem_filed(t, hash_more(h, r->ta_folded, r->n_ta_folded)))
                    return 1;
            }
        }
    return 0;
}

static PyObject *
may_spell(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *word;
    Py_buffer table;
    if (rules == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "split_rules(...) first");
        return NULL;
    }
    if (!PyArg_ParseTuple(args, "y*U", &table, &word))
        return NULL;
    /* stem_filter's layout: 17 words for every 16 slots, slots a power of two (>= 16) */
    size_t all = (size_t)table.len / sizeof(uint64_t), per = CELLS_PER_BITMAP_WORD + 1;
    size_t slots = all / per * CELLS_PER_BITMAP_WORD;
    if (slots < CELLS_PER_BITMAP_WORD || (slots & (slots - 1)) != 0 || all % per != 0 ||
            (size_t)table.len % sizeof(uint64_t)) {
        PyBuffer_Release(&table);
        PyErr_SetString(PyExc_ValueError, "not a table of stem_filter()");
        return NULL;
    }
    size_t words = slots / CELLS_PER_BITMAP_WORD;
    stem_table_t t = {(const uint64_t *)table.buf, (const uint64_t *)table.buf + words,
                      words - 1, slots - 1};
    Py_UCS4 local[3 * SHORT_WORD];
    word_read_t read = read_into(word, local);
    if (read.buffer == NULL) {
        PyBuffer_Release(&table);
        return NULL;
    }
    int found = may_spell_letters(&t, read.letters, read.folded, read.n);
    release_read(&read, local);
    PyBuffer_Release(&table);
    return PyBool_FromLong(found);
}

/* ------------------------------------------------------------------------------------
 * The matching form, compiled: ``fold(text)`` answers what
 * ``marsad.arabic.normalise.fold_py`` answers — each character the fold table maps replaced
 * by its target or deleted, every other kept — once ``fold_table(table)`` has been given
 * that table (code point -> code point, or None to delete). The regex substitution of the
 * Python version calls back into the interpreter for every character it changes, and
 * running Arabic text changes one in six or so; here it is one array look-up each. A text
 * with nothing to change is returned as it is (an exact str; a subclass as a str copy, as
 * the substitution gives it).
 */

static int32_t *fold_map = NULL; /* code point - fold_lo -> KEEP, DELETE or the target */
static Py_UCS4 fold_lo, fold_hi;

static PyObject *
fold_table(PyObject *Py_UNUSED(self), PyObject *table)
{
    if (!PyDict_Check(table)) {
        PyErr_SetString(PyExc_TypeError, "fold_table() takes a dict");
        return NULL;
    }
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    long lo = -1, hi = -1;
    while (PyDict_Next(table, &pos, &key, &value)) {
        if (!PyLong_Check(key) || (value != Py_None && !PyLong_Check(value)))
            Py_RETURN_FALSE;
        long code = PyLong_AsLong(key);
        if (code == -1 && PyErr_Occurred())
            return NULL;
        if (code < 0 || code > 0x10FFFF)
            Py_RETURN_FALSE;
        if (value != Py_None) {
            long target = PyLong_AsLong(value);
            if (target == -1 && PyErr_Occurred())
                return NULL;
            if (target < 0 || target > 0x10FFFF)
                Py_RETURN_FALSE;
        }
        if (lo < 0 || code < lo)
            lo = code;
        if (code > hi)
            hi = code;
    }
    if (lo < 0 || hi - lo > 0xFFFF) /* no table, or one too spread out for an array */
        Py_RETURN_FALSE;
    int32_t *map = PyMem_Malloc(sizeof(int32_t) * (size_t)(hi - lo + 1));
    if (map == NULL)
        return PyErr_NoMemory();
    for (long k = 0; k <= hi - lo; k++)
        map[k] = KEEP;
    pos = 0;
    while (PyDict_Next(table, &pos, &key, &value))
        map[PyLong_AsLong(key) - lo] = value == Py_None ? DELETE : (int32_t)PyLong_AsLong(value);
    PyMem_Free(fold_map);
    fold_map = map;
    fold_lo = (Py_UCS4)lo;
    fold_hi = (Py_UCS4)hi;
    Py_RETURN_TRUE;
}

static PyObject *
fold(PyObject *Py_UNUSED(self), PyObject *text)
{
    if (fold_map == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "fold_table(table) first");
        return NULL;
    }
    if (!PyUnicode_Check(text)) {
        PyErr_Format(PyExc_TypeError, "expected string, got '%.200s'", Py_TYPE(text)->tp_name);
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), k = 0;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const int32_t *map = fold_map;
    const Py_UCS4 lo = fold_lo, hi = fold_hi;
    for (; k < n; k++) { /* the first character that changes */
        Py_UCS4 c = PyUnicode_READ(kind, data, k);
        if (c >= lo && c <= hi && map[c - lo] != KEEP)
            break;
    }
    if (k == n)
        return PyUnicode_Substring(text, 0, n); /* the text itself (a str) */
    Py_UCS4 local[256];
    Py_UCS4 *out = n <= 256 ? local : PyMem_Malloc(sizeof(Py_UCS4) * (size_t)n);
    if (out == NULL)
        return PyErr_NoMemory();
    Py_ssize_t m = 0;
    for (Py_ssize_t j = 0; j < k; j++)
        out[m++] = PyUnicode_READ(kind, data, j);
    for (; k < n; k++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, k);
        int32_t target = (c >= lo && c <= hi) ? map[c - lo] : KEEP;
        if (target == KEEP)
            out[m++] = c;
        else if (target != DELETE)
            out[m++] = (Py_UCS4)target;
    }
    PyObject *result = m ? PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, out, m)
                         : PyUnicode_New(0, 0); /* all deleted: the empty str */
    if (out != local)
        PyMem_Free(out);
    return result;
}

/* ------------------------------------------------------------------------------------
 * The sentence splitter's passes over an article's tokens (``marsad.arabic.sentences``),
 * compiled: each reads or writes the bound ``Token`` slots directly, and answers None
 * (``columns``) or False (``number``) — the caller then does it in Python — where an item
 * is not an exact ``Token`` with the slots it reads set, or a slot read is not an exact str.
 *
 * ``columns(tokens, kind, skip)`` is ``([t.start for t in tokens], [i for i, t in
 * enumerate(tokens) if t.kind == kind and t.text not in skip])``.
 * ``number(tokens, begin, end, index)`` is ``for t in tokens[begin:end]: t.sentence = index``
 * (``begin`` and ``end`` within the list), and True.
 */

#define SLOT(token, k) TOKEN_SLOT(token, offsets[k])
enum { F_START = 0, F_TEXT = 2, F_KIND = 4, F_SENTENCE = 8 };

static PyObject *
columns(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *tokens, *kind, *skip;
    if (!PyArg_ParseTuple(args, "O!UO!", &PyList_Type, &tokens, &kind, &PyFrozenSet_Type, &skip))
        return NULL;
    if (token_type == NULL)
        Py_RETURN_NONE;
    Py_ssize_t n = PyList_GET_SIZE(tokens);
    PyObject *starts = PyList_New(n), *indexes = PyList_New(0);
    if (starts == NULL || indexes == NULL)
        goto fail;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *token = PyList_GET_ITEM(tokens, k);
        if (Py_TYPE(token) != token_type)
            goto python;
        PyObject *start = SLOT(token, F_START), *text = SLOT(token, F_TEXT),
                 *its_kind = SLOT(token, F_KIND);
        if (start == NULL || text == NULL || its_kind == NULL || !PyUnicode_CheckExact(text) ||
            !PyUnicode_CheckExact(its_kind))
            goto python;
        Py_INCREF(start);
        PyList_SET_ITEM(starts, k, start);
        if (its_kind != kind && PyUnicode_Compare(its_kind, kind) != 0)
            continue; /* two str: no error to look for */
        int skipped = PySet_Contains(skip, text);
        if (skipped < 0)
            goto fail;
        if (skipped)
            continue;
        PyObject *index = PyLong_FromSsize_t(k);
        if (index == NULL || PyList_Append(indexes, index) < 0) {
            Py_XDECREF(index);
            goto fail;
        }
        Py_DECREF(index);
    }
    PyObject *out = PyTuple_Pack(2, starts, indexes);
    Py_DECREF(starts);
    Py_DECREF(indexes);
    return out;
python:
    Py_DECREF(starts);
    Py_DECREF(indexes);
    Py_RETURN_NONE;
fail:
    Py_XDECREF(starts);
    Py_XDECREF(indexes);
    return NULL;
}

static PyObject *
number(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *tokens, *index;
    Py_ssize_t begin, end;
    if (!PyArg_ParseTuple(args, "O!nnO", &PyList_Type, &tokens, &begin, &end, &index))
        return NULL;
    if (token_type == NULL || begin < 0)
        Py_RETURN_FALSE;
    for (Py_ssize_t k = begin; k < end; k++) {
        /* the size read again each time: freeing an old value runs no code of ours, but
         * the list is the caller's */
        if (k >= PyList_GET_SIZE(tokens))
            Py_RETURN_FALSE;
        PyObject *token = PyList_GET_ITEM(tokens, k);
        if (Py_TYPE(token) != token_type)
            Py_RETURN_FALSE;
        PyObject *old = SLOT(token, F_SENTENCE);
        Py_INCREF(index);
        SLOT(token, F_SENTENCE) = index;
        Py_XDECREF(old);
    }
    Py_RETURN_TRUE;
}

/* Whether ``tokens`` may analyse a surface itself: the split's rules and the fold table given. */
static int
analysis_ready(void)
{
    return rules != NULL && fold_map != NULL;
}

static PyMethodDef methods[] = {
    {"bind", bind, METH_VARARGS,
     "bind(Token, fields) -> whether each field is a plain slot of Token (then kept)"},
    {"tokens", tokens, METH_VARARGS,
     "tokens(matches, kinds, seen, analyse, word, symbol[, limit]) -> list of Token"},
    {"scan", scan, METH_VARARGS,
     "scan(text, search, table, marks, mark_kind, kinds, seen, analyse, word, symbol[, limit]) "
     "-> list of Token "
     "(as tokens(pattern.finditer(text), ...))"},
    {"split_rules", split_rules, METH_VARARGS,
     "split_rules(table, kept, protected, prefixes, suffixes, accusative, tanween) -> whether "
     "the compiled clitic split may use them (then kept)"},
    {"split", split, METH_O, "split(word) -> (prefix, stem, suffix), folded"},
    {"candidate_rules", candidate_rules, METH_O,
     "candidate_rules(candidate_min) -> whether candidates may use it with the split's rules"},
    {"candidates", candidates, METH_O,
     "candidates(word) -> every plausible stem, folded, the whole word first, longest first"},
    {"stem_filter", stem_filter, METH_O, "stem_filter(stems) -> a table for may_spell"},
    {"may_spell", may_spell, METH_VARARGS,
     "may_spell(table, word) -> False when no clitic candidate of word is in the table"},
    {"fold_table", fold_table, METH_O,
     "fold_table(table) -> whether fold may use this fold table (then kept)"},
    {"fold", fold, METH_O, "fold(text) -> text with the fold table applied"},
    {"columns", columns, METH_VARARGS,
     "columns(tokens, kind, skip) -> (each token's start, indexes of the tokens of that kind "
     "whose text is not in skip), or None"},
    {"number", number, METH_VARARGS,
     "number(tokens, begin, end, index) -> whether it set tokens[begin:end]'s sentence"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    .m_base = PyModuleDef_HEAD_INIT,
    .m_name = "_fasttok",
    .m_doc = "The tokeniser's loop, compiled (see marsad.arabic.tokenise).",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit__fasttok(void)
{
    if ((s_lastgroup = PyUnicode_InternFromString("lastgroup")) == NULL ||
        (s_end = PyUnicode_InternFromString("end")) == NULL ||
        (s_isalpha = PyUnicode_InternFromString("isalpha")) == NULL ||
        (s_other = PyUnicode_InternFromString("other")) == NULL ||
        (zero = PyLong_FromLong(0)) == NULL)
        return NULL;
    return PyModule_Create(&module);
}
