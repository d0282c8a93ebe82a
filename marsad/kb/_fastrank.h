/* ``marsad.kb.rank`` in C, for the compiled ``resolve`` (``_fastresolve.c``): the countries
 * an article names without doubt (``article_countries``), a weak name's usable candidates
 * (``_usable``), the choice between candidates (``choose``) and its score (``_score``). Each
 * reads the KB's entries from the dict they are kept in and says FALL_BACK where one was not
 * read yet, so that Python (which reads it) decides instead; ``tests/test_kb_compiled.py``
 * holds the results to Python's. */
#ifndef MARSAD_KB_FASTRANK_H
#define MARSAD_KB_FASTRANK_H

#include "_slotted.h"

static PyObject *countries_name, *own_countries_name, *country_name, *kind_name, *admin_name,
    *round_name, *three;

/* What ``resolve`` and the functions here read, in the order of ``Matcher._resolve_context``. */
enum {
    R_LINKS, R_MATCH, R_PENDING, R_SCORE_SHORT, R_SCORE_ALONE, R_CERTAIN, R_SHORT, R_NORP,
    R_CHAR_START, R_ENTRIES, R_WEAK_FORMS, R_HOMOGRAPH, R_HEAD, R_ADMIN1, R_SCORE_CONTEXT,
    R_MAJOR_CITY_RANK, R_CONTEXT_REACH, R_ACTORS, R_COUNTRY_ID, R_PLACE, R_COUNTRY_KIND,
    RESOLVE_CTX
};

enum { FALL_BACK, LINKED, NO_MATCH };  /* what a judgment found; -1 is an error */

#define PENDING_SLOT(p, k) (*(PyObject **)((char *)(p) + pending_layout.at[k]))

/* The entry ``id`` (``KB.entry``), borrowed: an ``Info``, or None where there is no such
 * entry; NULL without an error where it was not read yet (Python reads it). */
static inline PyObject *
entry_of(PyObject **ctx, PyObject *id)
{
    return PyDict_GetItemWithError(ctx[R_ENTRIES], id);
}

/* Whether ``info`` (an ``Info`` or None) is of a country the article names: 1, 0, -1. */
static int
in_countries(PyObject *info, PyObject *countries)
{
    if (info == Py_None)
        return 0;
    PyObject *country = PyObject_GetAttr(info, country_name);
    if (country == NULL)
        return -1;
    int named = contains(countries, country);
    Py_DECREF(country);
    return named;
}

static inline double
rank_of(PyObject *cand)
{
    return PyFloat_AsDouble(PyTuple_GET_ITEM(cand, 3));
}

/* ``rank.article_countries``: the countries the pending mentions name without doubt, as a
 * new set; None (a new reference) where an entry was not read yet; NULL on error. */
static PyObject *
named_countries(PyObject *pending, PyObject **ctx)
{
    PyObject *out = PySet_New(NULL);
    if (out == NULL)
        return NULL;
    Py_ssize_t prefix = PyUnicode_GET_LENGTH(ctx[R_COUNTRY_ID]);
    double major = PyFloat_AsDouble(ctx[R_MAJOR_CITY_RANK]);
    for (Py_ssize_t k = 0; k < PyList_GET_SIZE(pending); k++) {
        PyObject *p = PyList_GET_ITEM(pending, k), *fixed, *cands, *add = NULL;
        if (!Py_IS_TYPE(p, pending_layout.type) || !pending_layout.complete)
            goto unknown;
        fixed = PENDING_SLOT(p, 8);
        cands = PENDING_SLOT(p, 3);
        if (fixed != Py_None) {  /* a ministry's link */
            PyObject *country = PyObject_GetAttr(fixed, country_name);
            if (country == NULL)
                goto fail;
            int named = PyObject_IsTrue(country);
            if (named > 0 && PySet_Add(out, country) < 0)
                named = -1;
            Py_DECREF(country);
            if (named < 0)
                goto fail;
            continue;
        }
        if (cands == NULL || !PyTuple_Check(cands))
            goto unknown;
        Py_ssize_t n = PyTuple_GET_SIZE(cands);
        if (n == 0)
            continue;
        for (Py_ssize_t c = 0; c < n; c++) {
            PyObject *cand = PyTuple_GET_ITEM(cands, c);
            if (!PyTuple_Check(cand) || PyTuple_GET_SIZE(cand) < 4)
                goto unknown;
        }
        PyObject *top = PyTuple_GET_ITEM(cands, 0), *id = PyTuple_GET_ITEM(top, 0);
        int weak = contains(ctx[R_WEAK_FORMS], PyTuple_GET_ITEM(top, 2));
        if (weak < 0)
            goto fail;
        if (weak)  /* a weak name needs the country named another way */
            continue;
        int country = PyUnicode_Tailmatch(id, ctx[R_COUNTRY_ID], 0, PY_SSIZE_T_MAX, -1);
        int actor = contains(ctx[R_ACTORS], PyTuple_GET_ITEM(top, 1));
        if (country < 0 || actor < 0)
            goto fail;
        if (country) {  /* «لبنان» yes; «عمان» no: Amman, a major city, is its other reading */
            int rival = 0;
            for (Py_ssize_t c = 1; c < n && !rival; c++) {
                PyObject *cand = PyTuple_GET_ITEM(cands, c), *other = PyTuple_GET_ITEM(cand, 0);
                double rank = rank_of(cand);
                if (rank == -1.0 && PyErr_Occurred())
                    goto fail;
                int of_country = PyUnicode_Tailmatch(other, ctx[R_COUNTRY_ID], 0,
                                                     PY_SSIZE_T_MAX, -1);
                if (of_country < 0)
                    goto fail;
                rival = rank < major && !(of_country && PyUnicode_GET_LENGTH(other) > prefix);
            }
            if (!rival && PyUnicode_GET_LENGTH(id) > prefix
                    && (add = PyUnicode_Substring(id, prefix, PY_SSIZE_T_MAX)) == NULL)
                goto fail;
        } else if (actor && n == 1) {  /* the country of an actor named without doubt */
            PyObject *info = entry_of(ctx, id);
            if (info == NULL) {
                if (PyErr_Occurred())
                    goto fail;
                goto unknown;
            }
            if (info != Py_None) {
                add = PyObject_GetAttr(info, country_name);
                if (add == NULL)
                    goto fail;
                int named = PyObject_IsTrue(add);
                if (named <= 0) {
                    Py_CLEAR(add);
                    if (named < 0)
                        goto fail;
                }
            }
        }
        if (add != NULL) {
            int added = PySet_Add(out, add);
            Py_DECREF(add);
            if (added < 0)
                goto fail;
        }
    }
    return out;
unknown:
    Py_DECREF(out);
    Py_RETURN_NONE;
fail:
    Py_DECREF(out);
    return NULL;
}

/* The article's countries (``Resolver.countries``), judged here the first time they are
 * needed and handed to the resolver (its Python choices read the same set), else asked of
 * it. */
static PyObject *
countries_of(PyObject *resolver, PyObject *pending, PyObject **ctx, PyObject **countries)
{
    if (*countries != NULL)
        return *countries;
    PyObject *found = named_countries(pending, ctx);
    if (found == NULL)
        return NULL;
    if (found == Py_None) {
        Py_DECREF(found);
        *countries = PyObject_GetAttr(resolver, countries_name);
    } else if (PyObject_SetAttr(resolver, own_countries_name, found) < 0) {
        Py_DECREF(found);
    } else {
        *countries = found;
    }
    return *countries;
}

/* The usable candidates of a weak pending mention (``rank._usable``: a weak name links only
 * where the article names its country) as a new tuple in ``*usable``: LINKED; NO_MATCH when
 * none is usable and there is no other reading; FALL_BACK for a homograph (judged with the
 * places around, ``place_countries``), an entry not read yet or another reading to weigh;
 * -1 on error. */
static int
usable_of(PyObject *p, PyObject *cands, PyObject **ctx, PyObject *resolver,
          PyObject *pending_list, PyObject **countries, PyObject **usable)
{
    PyObject *kept = PyList_New(0);
    if (kept == NULL)
        return -1;
    int status = -1;
    for (Py_ssize_t c = 0; c < PyTuple_GET_SIZE(cands); c++) {
        PyObject *cand = PyTuple_GET_ITEM(cands, c);
        if (!PyTuple_Check(cand) || PyTuple_GET_SIZE(cand) < 4) {
            status = FALL_BACK;
            goto done;
        }
        PyObject *form = PyTuple_GET_ITEM(cand, 2);
        int weak = contains(ctx[R_WEAK_FORMS], form);
        if (weak < 0)
            goto done;
        if (weak) {
            int homograph = PyUnicode_Compare(form, ctx[R_HOMOGRAPH]);
            if (homograph == -1 && PyErr_Occurred())
                goto done;
            PyObject *info = homograph == 0 ? NULL : entry_of(ctx, PyTuple_GET_ITEM(cand, 0));
            if (info == NULL) {
                status = PyErr_Occurred() ? -1 : FALL_BACK;
                goto done;
            }
            if (countries_of(resolver, pending_list, ctx, countries) == NULL)
                goto done;
            int named = in_countries(info, *countries);
            if (named < 0)
                goto done;
            if (!named)
                continue;
        }
        if (PyList_Append(kept, cand) < 0)
            goto done;
    }
    if (PyList_GET_SIZE(kept) == 0) {
        status = PENDING_SLOT(p, 11) == Py_None ? NO_MATCH : FALL_BACK;
        goto done;
    }
    *usable = PyList_AsTuple(kept);
    status = *usable == NULL ? -1 : LINKED;
done:
    Py_DECREF(kept);
    return status;
}

/* ``rank.choose`` over two or more candidates: the chosen one (borrowed) in ``*chosen`` and
 * whether context chose it: LINKED, FALL_BACK (an entry not read yet), -1 on error. */
static int
choose(PyObject *cands, PyObject **ctx, PyObject *countries, PyObject **chosen,
       int *by_context)
{
    Py_ssize_t n = PyTuple_GET_SIZE(cands);
    PyObject *top = PyTuple_GET_ITEM(cands, 0), *type = PyTuple_GET_ITEM(top, 1);
    *chosen = top;
    *by_context = 0;
    int norp = PyUnicode_Compare(type, ctx[R_NORP]);
    int actor = contains(ctx[R_ACTORS], type);
    if ((norp == -1 && PyErr_Occurred()) || actor < 0)
        return -1;
    if (norp == 0)
        return LINKED;
    if (actor) {  /* «حزب العدالة والتنمية»: Türkiye's or Morocco's */
        for (Py_ssize_t c = 0; c < n; c++) {
            PyObject *cand = PyTuple_GET_ITEM(cands, c);
            PyObject *info = entry_of(ctx, PyTuple_GET_ITEM(cand, 0));
            if (info == NULL)
                return PyErr_Occurred() ? -1 : FALL_BACK;
            int same = PyUnicode_Compare(PyTuple_GET_ITEM(cand, 1), type);
            if (same == -1 && PyErr_Occurred())
                return -1;
            int named = same == 0 ? in_countries(info, countries) : 0;
            if (named < 0)
                return -1;
            if (named) {
                *chosen = cand;
                *by_context = cand != top;
                return LINKED;
            }
        }
        return LINKED;
    }
    double top_rank = rank_of(top);
    if (top_rank == -1.0 && PyErr_Occurred())
        return -1;
    PyObject *id = PyTuple_GET_ITEM(top, 0);
    int country = PyUnicode_Tailmatch(id, ctx[R_COUNTRY_ID], 0, PY_SSIZE_T_MAX, -1);
    if (country < 0)
        return -1;
    if (country) {  /* a country yields only to a major city of an article country */
        PyObject *code = PyUnicode_Substring(id, PyUnicode_GET_LENGTH(ctx[R_COUNTRY_ID]),
                                             PY_SSIZE_T_MAX);
        if (code == NULL)
            return -1;
        int named = contains(countries, code);
        Py_DECREF(code);
        if (named)
            return named < 0 ? -1 : LINKED;
        double major = PyFloat_AsDouble(ctx[R_MAJOR_CITY_RANK]);
        for (Py_ssize_t c = 1; c < n; c++) {
            PyObject *cand = PyTuple_GET_ITEM(cands, c);
            PyObject *info = entry_of(ctx, PyTuple_GET_ITEM(cand, 0));
            if (info == NULL)
                return PyErr_Occurred() ? -1 : FALL_BACK;
            double rank = rank_of(cand);
            if (rank == -1.0 && PyErr_Occurred())
                return -1;
            named = rank < major ? in_countries(info, countries) : 0;
            if (named < 0)
                return -1;
            if (named) {
                *chosen = cand;
                *by_context = 1;
                return LINKED;
            }
        }
        return LINKED;
    }
    PyObject *info = entry_of(ctx, id);
    if (info == NULL)
        return PyErr_Occurred() ? -1 : FALL_BACK;
    int named = in_countries(info, countries);
    if (named)
        return named < 0 ? -1 : LINKED;
    if (info == Py_None)
        return LINKED;
    double reach = PyFloat_AsDouble(ctx[R_CONTEXT_REACH]);
    for (Py_ssize_t c = 1; c < n; c++) {  /* a town of an article country, not much smaller */
        PyObject *cand = PyTuple_GET_ITEM(cands, c);
        PyObject *other = entry_of(ctx, PyTuple_GET_ITEM(cand, 0));
        if (other == NULL)
            return PyErr_Occurred() ? -1 : FALL_BACK;
        double rank = rank_of(cand);
        if (rank == -1.0 && PyErr_Occurred())
            return -1;
        if (rank - top_rank > reach)
            break;
        named = in_countries(other, countries);
        if (named < 0)
            return -1;
        if (!named)
            continue;
        PyObject *kind = PyObject_GetAttr(other, kind_name);
        if (kind == NULL)
            return -1;
        int is_country = PyUnicode_Check(kind) ? PyUnicode_Compare(kind, ctx[R_COUNTRY_KIND]) == 0
                                               : 0;
        Py_DECREF(kind);
        if (PyErr_Occurred())
            return -1;
        if (!is_country) {
            *chosen = cand;
            *by_context = 1;
            return LINKED;
        }
    }
    return LINKED;
}

/* ``rank._score`` of ``chosen`` among two or more ``cands``, not chosen by context, as a new
 * reference in ``*score``: high when no other candidate comes close in rank (the governorate
 * of the chosen town is no rival). LINKED, FALL_BACK (an entry not read yet), -1 on error. */
static int
rivals_score(PyObject *cands, PyObject *chosen, PyObject **ctx, PyObject **score)
{
    PyObject *id = PyTuple_GET_ITEM(chosen, 0);
    PyObject *info = entry_of(ctx, id), *own_unit = NULL;
    if (info == NULL)
        return PyErr_Occurred() ? -1 : FALL_BACK;
    if (info != Py_None) {
        PyObject *kind = PyObject_GetAttr(info, kind_name);
        if (kind == NULL)
            return -1;
        int place = PyUnicode_Check(kind) && PyUnicode_Compare(kind, ctx[R_PLACE]) == 0;
        Py_DECREF(kind);
        if (PyErr_Occurred())
            return -1;
        if (place) {
            PyObject *admin = PyObject_GetAttr(info, admin_name);
            if (admin == NULL)
                return -1;
            own_unit = PyDict_GetItemWithError(ctx[R_ADMIN1], admin);  /* borrowed */
            Py_DECREF(admin);
            if (own_unit == NULL && PyErr_Occurred())
                return -1;
        }
    }
    int found = 0;
    double best = 0.0;
    for (Py_ssize_t c = 0; c < PyTuple_GET_SIZE(cands); c++) {
        PyObject *cand = PyTuple_GET_ITEM(cands, c), *other = PyTuple_GET_ITEM(cand, 0);
        int mine = PyObject_RichCompareBool(other, id, Py_EQ);
        if (mine == 0 && own_unit != NULL)
            mine = PyObject_RichCompareBool(other, own_unit, Py_EQ);
        if (mine < 0)
            return -1;
        if (mine)
            continue;
        double rank = rank_of(cand);
        if (rank == -1.0 && PyErr_Occurred())
            return -1;
        if (!found || rank < best)
            best = rank;
        found = 1;
    }
    if (!found) {
        int is_short = PyUnicode_Compare(PyTuple_GET_ITEM(chosen, 2), ctx[R_SHORT]);
        if (is_short == -1 && PyErr_Occurred())
            return -1;
        *score = Py_NewRef(is_short == 0 ? ctx[R_SCORE_SHORT] : ctx[R_SCORE_ALONE]);
        return LINKED;
    }
    double chosen_rank = rank_of(chosen);
    if (chosen_rank == -1.0 && PyErr_Occurred())
        return -1;
    double part = (best - chosen_rank) / 3.0;  /* Python's float steps, in its order */
    part = part < 1.0 ? part : 1.0;
    part = part > 0.0 ? part : 0.0;
    volatile double scaled = 0.35 * part;  /* two roundings, as Python does: never fused */
    PyObject *raw = PyFloat_FromDouble(0.6 + scaled);
    if (raw == NULL)
        return -1;
    *score = PyObject_CallMethodOneArg(raw, round_name, three);  /* round(x, 3) */
    Py_DECREF(raw);
    return *score == NULL ? -1 : LINKED;
}

/* Intern the names the functions above read; 0, or -1 on error. */
static int
rank_init(void)
{
    countries_name = PyUnicode_InternFromString("countries");
    own_countries_name = PyUnicode_InternFromString("_countries");
    country_name = PyUnicode_InternFromString("country");
    kind_name = PyUnicode_InternFromString("kind");
    admin_name = PyUnicode_InternFromString("admin");
    round_name = PyUnicode_InternFromString("__round__");
    three = PyLong_FromLong(3);
    return countries_name && own_countries_name && country_name && kind_name && admin_name
           && round_name && three ? 0 : -1;
}

#endif
