/* The KB matcher's scan loop, compiled: ``walk(tokens, indices, state, ctx)`` does what
 * ``marsad.kb.match.Matcher._walk`` does. For each index the compiled filter
 * (``_fastscan.starts``) kept, it reads the token's clitic analysis (``Scanner.cache``, else
 * ``Scanner.analyse``), tests the next word against the analysis's followers and hands the
 * token to a pattern: titles, ministries, heads and quoted titles to ``Matcher._patterns``
 * (Python), and a name as ``Matcher._name`` does it -- its one-word name judged once per
 * spelling, or the longest name over the clitic options, the direction word before a place,
 * the ``Pending`` appended, the actor remembered (Python). A short name of an actor seen
 * before and a homograph go to ``Matcher._name`` itself, so the order of the pending mentions
 * and every side effect stay those of the Python loop.
 *
 * What is judged once per spelling and once per name key (the analysis, the one-word name,
 * the key's candidates and what they say) is kept in two memos of the context, so that a
 * common word costs one dict lookup instead of one in each of the matcher's tables.
 * ``tests/test_kb_compiled.py`` holds ``walk`` and ``Matcher._walk`` to the same mentions on
 * our sentences and on every corpus article.
 */
#include "_slotted.h"

static PyObject *pending_name, *seen_actors_name, *seen_prefixes_name, *seen_ends_name, *space;

/* Whether tokens ``a`` and ``b`` are in the same sentence (1), not (0), or an error (-1). */
static int
same_sentence(PyObject *tokens, Py_ssize_t a, Py_ssize_t b)
{
    PyObject *x = token_field(tokens, a, T_SENTENCE);
    if (x == NULL)
        return -1;
    PyObject *y = token_field(tokens, b, T_SENTENCE);
    if (y == NULL) {
        Py_DECREF(x);
        return -1;
    }
    int same = PyObject_RichCompareBool(x, y, Py_EQ);
    Py_DECREF(x);
    Py_DECREF(y);
    return same;
}

/* What ``walk`` reads, in the order of ``Matcher._walk_context``. */
enum {
    C_CACHE, C_ANALYSE, C_FREE, C_PREFIXES, C_WEAK, C_HOMOGRAPHS, C_DIRECTIONS,
    C_PENDING, C_NAME, C_PATTERNS, C_DIRECTION, C_REMEMBER, C_PLACES, C_REMEMBERED,
    C_SHORT, C_VIA_NAME, C_FULL, C_NAMES, C_HELD, C_PATTERN_BITS, C_QUOTED, C_QUOTES,
    C_WORDS_LIMIT, C_SPELLINGS, C_KEYS, C_STARTABLE, WALK_CTX
};

typedef struct {
    PyObject *tokens, *state, *pending, *seen, *seen_prefixes;
    PyObject *ctx[WALK_CTX];
    Py_ssize_t n;
    long names_bit, held_bit, pattern_bits, quoted_bit;
    Py_ssize_t words_limit;
} Walk;

/* The Python method ``ctx[which]`` called with the state and token index ``i``. */
static PyObject *
call_back(const Walk *w, int which, Py_ssize_t i)
{
    PyObject *index = PyLong_FromSsize_t(i);
    if (index == NULL)
        return NULL;
    PyObject *args[2] = {w->state, index};
    PyObject *out = PyObject_Vectorcall(w->ctx[which], args, 2, NULL);
    Py_DECREF(index);
    return out;
}

/* Whether ``key`` is one of ``keys`` that ``accept`` (None: any) takes: 1, 0, -1. */
static int
accepted(PyObject *keys, PyObject *accept, PyObject *key)
{
    int known = contains(keys, key);
    if (known <= 0 || accept == Py_None)
        return known;
    PyObject *verdict = PyObject_CallOneArg(accept, key);
    if (verdict == NULL)
        return -1;
    int yes = PyObject_IsTrue(verdict);
    Py_DECREF(verdict);
    return yes;
}

/* ``Scanner.longest``: the longest key of ``keys`` (that ``accept`` takes; None: any)
 * starting at token ``first`` of ``tokens`` over its clitic ``options`` of the table
 * ``bit``, options behind a clitic only when ``clitics``: 1 and ``*key_out`` (new),
 * ``*stop_out``, ``*skip_out`` (new) when found, 0 when not, -1 on error. */
static int
longest_key(PyObject *tokens, Py_ssize_t first, PyObject *options, PyObject *keys,
            PyObject *prefixes, long bit, int clitics, PyObject *accept,
            PyObject **key_out, Py_ssize_t *stop_out, PyObject **skip_out)
{
    Py_ssize_t n = PyList_GET_SIZE(tokens);
    PyObject *best = NULL, *best_skip = NULL;
    Py_ssize_t best_stop = -1;
    for (Py_ssize_t o = 0; o < PyTuple_GET_SIZE(options); o++) {
        PyObject *option = PyTuple_GET_ITEM(options, o);
        PyObject *form = PyTuple_GET_ITEM(option, 0), *skip = PyTuple_GET_ITEM(option, 1);
        long bits = PyLong_AsLong(PyTuple_GET_ITEM(option, 2));
        if (bits == -1 && PyErr_Occurred())
            goto fail;
        if (!(bits & bit))
            continue;
        if (!clitics) {
            int skipped = PyObject_IsTrue(skip);
            if (skipped < 0)
                goto fail;
            if (skipped)
                continue;
        }
        int more = contains(prefixes, form);
        if (more < 0)
            goto fail;
        if (!more) {  /* the common case: a one-word key or nothing */
            if (best == NULL) {
                int ok = accepted(keys, accept, form);
                if (ok < 0)
                    goto fail;
                if (ok) {
                    best = Py_NewRef(form);
                    best_skip = Py_NewRef(skip);
                    best_stop = first + 1;
                }
            }
            continue;
        }
        PyObject *key = Py_NewRef(form);
        Py_ssize_t stop = first + 1;
        while (1) {
            int ok = accepted(keys, accept, key);
            if (ok < 0) {
                Py_DECREF(key);
                goto fail;
            }
            if (ok && (best == NULL || stop > best_stop)) {
                Py_XSETREF(best, Py_NewRef(key));
                Py_XSETREF(best_skip, Py_NewRef(skip));
                best_stop = stop;
            }
            int longer = contains(prefixes, key);
            if (longer < 0) {
                Py_DECREF(key);
                goto fail;
            }
            if (!longer || stop >= n)
                break;
            int same = same_sentence(tokens, first, stop);
            if (same <= 0) {
                if (same < 0) {
                    Py_DECREF(key);
                    goto fail;
                }
                break;
            }
            PyObject *norm = token_field(tokens, stop, T_NORM);
            if (norm == NULL) {
                Py_DECREF(key);
                goto fail;
            }
            PyObject *spaced = PyUnicode_Concat(key, space);
            PyObject *longer_key = spaced ? PyUnicode_Concat(spaced, norm) : NULL;
            Py_XDECREF(spaced);
            Py_DECREF(norm);
            Py_DECREF(key);
            if (longer_key == NULL)
                goto fail;
            key = longer_key;
            stop++;
        }
        Py_DECREF(key);
    }
    if (best == NULL)
        return 0;
    *key_out = best;
    *skip_out = best_skip;
    *stop_out = best_stop;
    return 1;
fail:
    Py_XDECREF(best);
    Py_XDECREF(best_skip);
    return -1;
}

/* The longest free name at token ``i`` (``longest_key`` with the names table, the ``NAMES``
 * bit, clitics allowed). */
static int
longest_name(const Walk *w, Py_ssize_t i, PyObject *options, PyObject **key_out,
             Py_ssize_t *stop_out, PyObject **skip_out)
{
    return longest_key(w->tokens, i, options, w->ctx[C_FREE], w->ctx[C_PREFIXES],
                       w->names_bit, 1, Py_None, key_out, stop_out, skip_out);
}

/* ``Matcher._one_word`` of a token's clitic ``options`` (a new reference): the first option
 * that is a one-word name as ``(form, skip)``, None when there is none, False when some option
 * may also start a longer name. */
static PyObject *
one_word(const Walk *w, PyObject *options)
{
    PyObject *found = NULL;
    for (Py_ssize_t o = 0; o < PyTuple_GET_SIZE(options); o++) {
        PyObject *option = PyTuple_GET_ITEM(options, o);
        long bits = PyLong_AsLong(PyTuple_GET_ITEM(option, 2));
        if (bits == -1 && PyErr_Occurred())
            goto fail;
        if (!(bits & w->names_bit))
            continue;
        PyObject *form = PyTuple_GET_ITEM(option, 0);
        int longer = contains(w->ctx[C_PREFIXES], form);
        if (longer < 0)
            goto fail;
        if (longer) {
            Py_XDECREF(found);
            return Py_NewRef(Py_False);
        }
        if (found == NULL) {
            int known = PyDict_Contains(w->ctx[C_FREE], form);
            if (known < 0)
                goto fail;
            if (known && (found = PyTuple_Pack(2, form, PyTuple_GET_ITEM(option, 1))) == NULL)
                goto fail;
        }
    }
    return found ? found : Py_NewRef(Py_None);
fail:
    Py_XDECREF(found);
    return NULL;
}

/* What a name key's candidates say, judged once per key (``Matcher._name`` reads them for
 * every mention): KEY_OTHER where a homograph («مالي») or a key with no free candidate must
 * go to Python, KEY_PLACE (a direction word before it is its role), KEY_WEAK, KEY_SHORT (the
 * top candidate is a short form) and KEY_ACTOR (a person's or body's full name, remembered). */
enum { KEY_OTHER = 1, KEY_PLACE = 2, KEY_WEAK = 4, KEY_SHORT = 8, KEY_ACTOR = 16 };

/* ``(candidates, flags)`` of the name ``key`` (borrowed, from ``ctx[C_KEYS]``). */
static PyObject *
key_info(const Walk *w, PyObject *key)
{
    PyObject *memo = w->ctx[C_KEYS];
    PyObject *found = PyDict_GetItemWithError(memo, key);
    if (found != NULL || PyErr_Occurred())
        return found;
    long flags = 0;
    PyObject *cands = PyDict_GetItemWithError(w->ctx[C_FREE], key);
    if (cands == NULL && PyErr_Occurred())
        return NULL;
    int homograph = contains(w->ctx[C_HOMOGRAPHS], key);
    if (homograph < 0)
        return NULL;
    if (homograph || cands == NULL || !PyTuple_Check(cands) || PyTuple_GET_SIZE(cands) == 0) {
        flags = KEY_OTHER;
        cands = Py_None;
    } else {
        PyObject *top = PyTuple_GET_ITEM(cands, 0);
        if (!PyTuple_Check(top) || PyTuple_GET_SIZE(top) < 3) {
            PyErr_SetString(PyExc_TypeError, "walk: a candidate is a tuple");
            return NULL;
        }
        PyObject *type = PyTuple_GET_ITEM(top, 1), *form = PyTuple_GET_ITEM(top, 2);
        int place = contains(w->ctx[C_PLACES], type);
        int weak = contains(w->ctx[C_WEAK], key);
        int actor = contains(w->ctx[C_REMEMBERED], type);
        int is_short = PyUnicode_Compare(form, w->ctx[C_SHORT]);
        int full = PyUnicode_Compare(form, w->ctx[C_FULL]);
        if (place < 0 || weak < 0 || actor < 0 || PyErr_Occurred())
            return NULL;
        flags = (place ? KEY_PLACE : 0) | (weak ? KEY_WEAK : 0) | (is_short == 0 ? KEY_SHORT : 0)
                | (actor && full == 0 ? KEY_ACTOR : 0);
    }
    PyObject *flags_obj = PyLong_FromLong(flags);
    if (flags_obj == NULL)
        return NULL;
    PyObject *info = PyTuple_Pack(2, cands, flags_obj);
    Py_DECREF(flags_obj);
    if (info == NULL)
        return NULL;
    bounded(memo, w->words_limit);
    int stored = PyDict_SetItem(memo, key, info);
    Py_DECREF(info);  /* the dict holds it */
    return stored < 0 ? NULL : info;
}

/* ``(analysis, word, key info)`` of the token ``i`` spelt ``text`` (borrowed, from
 * ``ctx[C_SPELLINGS]``): its clitic analysis (``Scanner.analyse``), its ``one_word`` and, for
 * a one-word name, the key's ``key_info`` (else None); judged once per spelling. */
static PyObject *
spelling(const Walk *w, Py_ssize_t i, PyObject *text)
{
    PyObject *memo = w->ctx[C_SPELLINGS];
    PyObject *found = PyDict_GetItemWithError(memo, text);
    if (found != NULL || PyErr_Occurred())
        return found;
    PyObject *analysis = PyDict_GetItemWithError(w->ctx[C_CACHE], text);
    if (analysis != NULL)
        Py_INCREF(analysis);
    else if (PyErr_Occurred() || (analysis = PyObject_CallOneArg(
                 w->ctx[C_ANALYSE], PyList_GET_ITEM(w->tokens, i))) == NULL)
        return NULL;
    int valid = PyTuple_Check(analysis) && PyTuple_GET_SIZE(analysis) == 3
                && PyTuple_Check(PyTuple_GET_ITEM(analysis, 0));
    for (Py_ssize_t o = 0; valid && o < PyTuple_GET_SIZE(PyTuple_GET_ITEM(analysis, 0)); o++) {
        PyObject *option = PyTuple_GET_ITEM(PyTuple_GET_ITEM(analysis, 0), o);
        valid = PyTuple_Check(option) && PyTuple_GET_SIZE(option) == 3;
    }
    if (!valid) {
        Py_DECREF(analysis);
        PyErr_SetString(PyExc_TypeError,
                        "walk: an analysis is (options, bits, followers), each option a 3-tuple");
        return NULL;
    }
    PyObject *word = one_word(w, PyTuple_GET_ITEM(analysis, 0)), *info = Py_None;
    if (word != NULL && PyTuple_Check(word))
        info = key_info(w, PyTuple_GET_ITEM(word, 0));
    PyObject *judged = word && info ? PyTuple_Pack(3, analysis, word, info) : NULL;
    Py_DECREF(analysis);
    Py_XDECREF(word);
    if (judged == NULL)
        return NULL;
    bounded(memo, w->words_limit);
    int stored = PyDict_SetItem(memo, text, judged);
    Py_DECREF(judged);  /* the dict holds it */
    return stored < 0 ? NULL : judged;
}

/* Whether token ``i``'s norm may start a key (``Scanner.may_start``): 1, 0, -1 on error. */
static int
is_start(const Walk *w, Py_ssize_t i)
{
    PyObject *norm = token_field(w->tokens, i, T_NORM);
    if (norm == NULL)
        return -1;
    int found = contains(w->ctx[C_STARTABLE], norm);
    Py_DECREF(norm);
    return found;
}

/* ``Matcher._name`` at token ``i`` (whose text and analysis are given): the index after the
 * match (a new reference), None, or NULL on error. */
static PyObject *
name_at(const Walk *w, Py_ssize_t i, PyObject *judged)
{
    PyObject *options = PyTuple_GET_ITEM(PyTuple_GET_ITEM(judged, 0), 0);
    PyObject *word = PyTuple_GET_ITEM(judged, 1), *info = PyTuple_GET_ITEM(judged, 2);
    if (PyDict_GET_SIZE(w->seen)) {  /* the short name of an actor seen before? */
        for (Py_ssize_t o = 0; o < PyTuple_GET_SIZE(options); o++) {
            PyObject *form = PyTuple_GET_ITEM(PyTuple_GET_ITEM(options, o), 0);
            int hit = PyDict_Contains(w->seen, form);
            if (hit == 0)
                hit = contains(w->seen_prefixes, form);
            if (hit < 0)
                return NULL;
            if (hit)
                return call_back(w, C_NAME, i);
        }
    }
    PyObject *key, *skip;
    Py_ssize_t stop;
    if (word == Py_None)
        Py_RETURN_NONE;
    if (word == Py_False) {
        int found = longest_name(w, i, options, &key, &stop, &skip);
        if (found <= 0)
            return found < 0 ? NULL : Py_NewRef(Py_None);
        info = key_info(w, key);
    } else {
        key = Py_NewRef(PyTuple_GET_ITEM(word, 0));
        skip = Py_NewRef(PyTuple_GET_ITEM(word, 1));
        stop = i + 1;
    }
    PyObject *out = NULL, *role = NULL, *stop_obj = NULL, *pending = NULL, *first = NULL;
    if (info == NULL)
        goto done;
    PyObject *cands = PyTuple_GET_ITEM(info, 0);
    long flags = PyLong_AsLong(PyTuple_GET_ITEM(info, 1));
    if (flags & KEY_OTHER) {  /* a homograph: another reading to weigh (``_other_reading``) */
        out = call_back(w, C_NAME, i);
        goto done;
    }
    role = Py_NewRef(Py_None);
    if ((flags & KEY_PLACE) && i > 0) {
        int same = same_sentence(w->tokens, i - 1, i);
        if (same < 0)
            goto done;
        if (same) {
            PyObject *before = token_field(w->tokens, i - 1, T_TEXT);
            if (before == NULL)
                goto done;
            PyObject *known = PyDict_GetItemWithError(w->ctx[C_DIRECTIONS], before);
            if (known != NULL)
                Py_SETREF(role, Py_NewRef(known));
            else if (!PyErr_Occurred()) {  /* a word not judged yet */
                int direction = is_start(w, i - 1);  /* a word no key starts is none */
                if (direction > 0)
                    Py_SETREF(role, call_back(w, C_DIRECTION, i));
                else if (direction == 0) {
                    bounded(w->ctx[C_DIRECTIONS], w->words_limit);
                    if (PyDict_SetItem(w->ctx[C_DIRECTIONS], before, Py_None) < 0)
                        Py_CLEAR(role);
                } else
                    Py_CLEAR(role);
            }
            Py_DECREF(before);
            if (role == NULL)
                goto done;
        }
    }
    first = PyLong_FromSsize_t(i);
    stop_obj = PyLong_FromSsize_t(stop);
    if (first == NULL || stop_obj == NULL)
        goto done;
    PyObject *values[PENDING_FIELDS] = {
        first, stop_obj, skip, cands, flags & KEY_SHORT ? w->ctx[C_SHORT] : w->ctx[C_VIA_NAME],
        role, Py_None, Py_None, Py_None, Py_None, flags & KEY_WEAK ? Py_True : Py_False, Py_None};
    pending = make((PyTypeObject *)w->ctx[C_PENDING], &pending_layout, values,
                   PENDING_FIELDS);
    if (pending == NULL || PyList_Append(w->pending, pending) < 0)
        goto done;
    if (flags & KEY_ACTOR) {
        PyObject *args[3] = {w->state, PyTuple_GET_ITEM(cands, 0), key};
        PyObject *none = PyObject_Vectorcall(w->ctx[C_REMEMBER], args, 3, NULL);
        if (none == NULL)
            goto done;
        Py_DECREF(none);
    }
    out = Py_NewRef(stop_obj);
done:
    Py_XDECREF(role);
    Py_XDECREF(first);
    Py_XDECREF(stop_obj);
    Py_XDECREF(pending);
    Py_DECREF(key);
    Py_DECREF(skip);
    return out;
}

/* Whether token ``i``'s norm ends in one of ``state.seen_ends`` (1, 0, -1 on error). */
static int
ends_seen(const Walk *w, Py_ssize_t i)
{
    PyObject *ends = PyObject_GetAttr(w->state, seen_ends_name);
    if (ends == NULL)
        return -1;
    PyObject *norm = token_field(w->tokens, i, T_NORM);
    if (norm == NULL) {
        Py_DECREF(ends);
        return -1;
    }
    int found = 0;
    if (PyTuple_Check(ends)) {
        for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(ends) && !found; k++) {
            found = (int)PyUnicode_Tailmatch(norm, PyTuple_GET_ITEM(ends, k), 0,
                                             PY_SSIZE_T_MAX, 1);
            if (found < 0)
                break;
        }
    } else {
        found = -1;
        PyErr_SetString(PyExc_TypeError, "walk: state.seen_ends is a tuple");
    }
    Py_DECREF(norm);
    Py_DECREF(ends);
    return found;
}

/* One index of the filter: the pattern it starts, if any; sets ``*after``. */
static int
step(const Walk *w, long index, Py_ssize_t *after)
{
    Py_ssize_t i = index;
    if (index < 0) {
        i = ~index;
        if (i < *after || !PyDict_GET_SIZE(w->seen))
            return 0;
        int ends = ends_seen(w, i);
        if (ends <= 0)
            return ends;
    } else if (i < *after) {
        return 0;
    }
    if (i >= w->n) {
        PyErr_SetString(PyExc_IndexError, "walk: a token index past the tokens");
        return -1;
    }
    PyObject *text = token_field(w->tokens, i, T_TEXT);
    if (text == NULL)
        return -1;
    PyObject *judged = spelling(w, i, text);  /* borrowed from the memo */
    Py_DECREF(text);
    if (judged == NULL)
        return -1;
    Py_INCREF(judged);  /* a call back may clear the memo */
    PyObject *analysis = PyTuple_GET_ITEM(judged, 0);
    int status = -1;
    PyObject *stop = NULL;
    long bits = PyLong_AsLong(PyTuple_GET_ITEM(analysis, 1));
    if (bits == -1 && PyErr_Occurred())
        goto out;
    PyObject *follow = PyTuple_GET_ITEM(analysis, 2);
    if (follow != Py_None) {
        int fits = 0;
        if (i + 1 < w->n) {
            PyObject *next = token_field(w->tokens, i + 1, T_NORM);
            if (next == NULL)
                goto out;
            fits = contains(follow, next);
            Py_DECREF(next);
            if (fits < 0)
                goto out;
        }
        if (!fits) {
            if (!PyDict_GET_SIZE(w->seen)) {
                status = 0;
                goto out;
            }
            bits &= w->held_bit;  /* only a short name may start */
        }
    }
    /* the tables no pattern starts on (a portfolio without «وزارة», a head, a direction
     * word alone), and a quoted title with no quotation mark before it, cost no call */
    long start = bits & w->pattern_bits;
    if (start & w->quoted_bit) {
        int opened = 0;
        if (i > 0) {
            PyObject *before = token_field(w->tokens, i - 1, T_TEXT);
            if (before == NULL)
                goto out;
            opened = contains(w->ctx[C_QUOTES], before);
            Py_DECREF(before);
            if (opened < 0)
                goto out;
        }
        if (!opened)
            start &= ~w->quoted_bit;
    }
    if (!start) {
        status = 0;
        goto out;
    }
    /* the other patterns first (in Python), then the name, as ``Matcher._patterns`` */
    long names = start & (w->names_bit | w->held_bit);
    int truth = 0;
    if (start & ~names) {
        PyObject *index_obj = PyLong_FromSsize_t(i), *bits_obj = PyLong_FromLong(start & ~names);
        if (index_obj != NULL && bits_obj != NULL) {
            PyObject *args[3] = {w->state, index_obj, bits_obj};
            stop = PyObject_Vectorcall(w->ctx[C_PATTERNS], args, 3, NULL);
        }
        Py_XDECREF(index_obj);
        Py_XDECREF(bits_obj);
        if (stop == NULL || (truth = PyObject_IsTrue(stop)) < 0)
            goto out;
    }
    if (!truth && names) {
        Py_XSETREF(stop, name_at(w, i, judged));
        if (stop == NULL || (truth = PyObject_IsTrue(stop)) < 0)
            goto out;
    }
    if (truth) {
        Py_ssize_t value = PyLong_AsSsize_t(stop);
        if (value == -1 && PyErr_Occurred())
            goto out;
        *after = value;
    }
    status = 0;
out:
    Py_XDECREF(stop);
    Py_DECREF(judged);
    return status;
}

static PyObject *
walk(PyObject *self, PyObject *args)
{
    PyObject *tokens, *indices, *state, *ctx;
    if (!PyArg_ParseTuple(args, "O!O!OO!:walk", &PyList_Type, &tokens, &PyList_Type, &indices,
                          &state, &PyTuple_Type, &ctx))
        return NULL;
    if (PyTuple_GET_SIZE(ctx) != WALK_CTX) {
        PyErr_Format(PyExc_TypeError, "walk: the context is a %d-tuple", WALK_CTX);
        return NULL;
    }
    Walk w = {.tokens = tokens, .state = state, .n = PyList_GET_SIZE(tokens)};
    for (int k = 0; k < WALK_CTX; k++)
        w.ctx[k] = PyTuple_GET_ITEM(ctx, k);
    if (!PyType_Check(w.ctx[C_PENDING]) || !PyDict_Check(w.ctx[C_CACHE])
            || !PyDict_Check(w.ctx[C_FREE]) || !PyDict_Check(w.ctx[C_DIRECTIONS])
            || !PyDict_Check(w.ctx[C_SPELLINGS]) || !PyDict_Check(w.ctx[C_KEYS])) {
        PyErr_SetString(PyExc_TypeError,
                        "walk: the context's Pending is a class, its tables and memos dicts");
        return NULL;
    }
    w.names_bit = PyLong_AsLong(w.ctx[C_NAMES]);
    w.held_bit = PyLong_AsLong(w.ctx[C_HELD]);
    w.pattern_bits = PyLong_AsLong(w.ctx[C_PATTERN_BITS]);
    w.quoted_bit = PyLong_AsLong(w.ctx[C_QUOTED]);
    w.words_limit = PyLong_AsSsize_t(w.ctx[C_WORDS_LIMIT]);
    if (PyErr_Occurred())
        return NULL;
    if (w.n)
        layout_for(&token_layout, Py_TYPE(PyList_GET_ITEM(tokens, 0)), token_names,
                   TOKEN_FIELDS);
    layout_for(&pending_layout, (PyTypeObject *)w.ctx[C_PENDING], pending_names,
               PENDING_FIELDS);
    w.pending = PyObject_GetAttr(state, pending_name);
    w.seen = PyObject_GetAttr(state, seen_actors_name);
    w.seen_prefixes = PyObject_GetAttr(state, seen_prefixes_name);
    PyObject *out = NULL;
    if (w.pending == NULL || w.seen == NULL || w.seen_prefixes == NULL)
        goto done;
    if (!PyList_Check(w.pending) || !PyDict_Check(w.seen)) {
        PyErr_SetString(PyExc_TypeError, "walk: state.pending is a list, seen_actors a dict");
        goto done;
    }
    Py_ssize_t after = 0;
    for (Py_ssize_t k = 0; k < PyList_GET_SIZE(indices); k++) {
        long index = PyLong_AsLong(PyList_GET_ITEM(indices, k));
        if ((index == -1 && PyErr_Occurred()) || step(&w, index, &after) < 0)
            goto done;
    }
    out = Py_NewRef(Py_None);
done:
    Py_XDECREF(w.pending);
    Py_XDECREF(w.seen);
    Py_XDECREF(w.seen_prefixes);
    return out;
}

/* ``longest(tokens, first, options, keys, prefixes, bit, clitics, accept)``: ``longest_key``
 * for Python: ``(stop, key, skip)`` or None. */
static PyObject *
longest(PyObject *self, PyObject *args)
{
    PyObject *tokens, *options, *keys, *prefixes, *accept, *key, *skip;
    Py_ssize_t first, stop;
    long bit;
    int clitics;
    if (!PyArg_ParseTuple(args, "O!nO!OOlpO:longest", &PyList_Type, &tokens, &first,
                          &PyTuple_Type, &options, &keys, &prefixes, &bit, &clitics, &accept))
        return NULL;
    if (first < 0 || first >= PyList_GET_SIZE(tokens)) {
        PyErr_SetString(PyExc_IndexError, "longest: first is not a token index");
        return NULL;
    }
    int found = longest_key(tokens, first, options, keys, prefixes, bit, clitics, accept,
                            &key, &stop, &skip);
    if (found <= 0)
        return found < 0 ? NULL : Py_NewRef(Py_None);
    return Py_BuildValue("(nNN)", stop, key, skip);
}

static PyMethodDef methods[] = {
    {"walk", walk, METH_VARARGS,
     "walk(tokens, indices, state, ctx) -> None: Matcher._walk, its name pattern compiled"},
    {"longest", longest, METH_VARARGS,
     "longest(tokens, first, options, keys, prefixes, bit, clitics, accept) -> (stop, key, skip)"
     " or None: Scanner.longest compiled"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_fastmatch",
    "The KB matcher's scan loop, compiled (see marsad.kb.match.Matcher._walk).", -1, methods,
};

PyMODINIT_FUNC
PyInit__fastmatch(void)
{
    if (slotted_init() < 0)
        return NULL;
    pending_name = PyUnicode_InternFromString("pending");
    seen_actors_name = PyUnicode_InternFromString("seen_actors");
    seen_prefixes_name = PyUnicode_InternFromString("seen_prefixes");
    seen_ends_name = PyUnicode_InternFromString("seen_ends");
    space = PyUnicode_InternFromString(" ");
    if (!pending_name || !seen_actors_name || !seen_prefixes_name || !seen_ends_name || !space)
        return NULL;
    return PyModule_Create(&module);
}
